/** Names of the places whose holidays the engine applies, in both languages, for message parameters. */

export interface PlaceName {
  readonly en: string
  readonly zh: string
}

function place(en: string, zh: string): PlaceName {
  return { en, zh }
}

/** `{ place, placeZh }`: the parameters a message uses to name a place. */
export function placeParams(name: PlaceName): { place: string; placeZh: string } {
  return { place: name.en, placeZh: name.zh }
}

export const GERMAN_STATE_NAMES = {
  BW: place('Baden-Württemberg', '巴登-符腾堡州'),
  BY: place('Bavaria', '巴伐利亚州'),
  BE: place('Berlin', '柏林州'),
  BB: place('Brandenburg', '勃兰登堡州'),
  HB: place('Bremen', '不来梅州'),
  HH: place('Hamburg', '汉堡州'),
  HE: place('Hesse', '黑森州'),
  MV: place('Mecklenburg-Vorpommern', '梅克伦堡-前波莫瑞州'),
  NI: place('Lower Saxony', '下萨克森州'),
  NW: place('North Rhine-Westphalia', '北莱茵-威斯特法伦州'),
  RP: place('Rhineland-Palatinate', '莱茵兰-普法尔茨州'),
  SL: place('Saarland', '萨尔州'),
  SN: place('Saxony', '萨克森州'),
  ST: place('Saxony-Anhalt', '萨克森-安哈尔特州'),
  SH: place('Schleswig-Holstein', '石勒苏益格-荷尔斯泰因州'),
  TH: place('Thuringia', '图林根州')
} as const satisfies Record<string, PlaceName>

export const COUNTRY_NAMES: Readonly<Record<string, PlaceName>> = {
  AT: place('Austria', '奥地利'),
  AU: place('Australia', '澳大利亚'),
  BE: place('Belgium', '比利时'),
  BG: place('Bulgaria', '保加利亚'),
  CA: place('Canada', '加拿大'),
  CN: place('China', '中国'),
  DE: place('Germany', '德国'),
  DK: place('Denmark', '丹麦'),
  EE: place('Estonia', '爱沙尼亚'),
  FI: place('Finland', '芬兰'),
  FR: place('France', '法国'),
  GB: place('the United Kingdom', '英国'),
  IT: place('Italy', '意大利'),
  JP: place('Japan', '日本'),
  KR: place('South Korea', '韩国'),
  LT: place('Lithuania', '立陶宛'),
  LU: place('Luxembourg', '卢森堡'),
  LV: place('Latvia', '拉脱维亚'),
  MT: place('Malta', '马耳他'),
  NL: place('the Netherlands', '荷兰'),
  PT: place('Portugal', '葡萄牙'),
  RO: place('Romania', '罗马尼亚'),
  SE: place('Sweden', '瑞典'),
  SI: place('Slovenia', '斯洛文尼亚'),
  US: place('the United States', '美国'),
  EU: place('the European Union', '欧盟'),
  UPC: place('the Unified Patent Court', '统一专利法院'),
  WIPO: place('WIPO', '世界知识产权组织'),
  OTHER: place('this jurisdiction', '该法域')
}
