/** One price index as shipped: consecutive years from `first`, one value each. */
export interface PriceSeries {
  id: string;
  /** What the index is, for the method line: "HM Treasury GDP deflator at market prices, …". */
  name: string;
  /** The publisher's series code (ONS CDID). */
  code: string;
  /** "2024 = 100": the index's own base, not the year we convert to. */
  base: string;
  /** Which release the numbers are from; never mix two in one ratio. */
  vintage: string;
  /** Calendar years (2019) or financial years (2019 = 2019-20, April to March). */
  years: 'calendar' | 'financial';
  first: number;
  values: number[];
}

/** Mid-year population of one area, persons, consecutive years from `first`. */
export interface PopulationSeries {
  code: string;
  first: number;
  values: number[];
}
