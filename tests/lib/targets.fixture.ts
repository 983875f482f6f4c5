/**
 * Every main expected target (主要预期目标) of the four reports in the seeds, written by reading the
 * reports: [phrase as written, indicator, value, valueMax, unit, qualifier], in the order stated, with
 * the paragraph's anchor. Hand-made: a change of the extraction that alters any record fails the test.
 */
type Row = [text: string, indicator: string, value: number | null, valueMax: number | null, unit: string | null, qualifier: string | null];

export const TARGET_FIXTURE: Record<string, { anchor: string; rows: Row[] }> = {
  'national-2024': {
    anchor: '/national-2024/part-2/#p-27',
    rows: [
      ['国内生产总值增长5%左右', 'gdp', 5, null, '%', '左右'],
      ['城镇新增就业1200万人以上', 'jobs', 1200, null, '万人', '以上'],
      ['城镇调查失业率5.5%左右', 'unemployment', 5.5, null, '%', '左右'],
      ['居民消费价格涨幅3%左右', 'cpi', 3, null, '%', '左右'],
      ['居民收入增长和经济增长同步', 'income', null, null, null, '同步'],
      ['国际收支保持基本平衡', 'balance-of-payments', null, null, null, '基本平衡'],
      ['粮食产量1.3万亿斤以上', 'grain', 1.3, null, '万亿斤', '以上'],
      ['单位国内生产总值能耗降低2.5%左右', 'energy-intensity', 2.5, null, '%', '左右'],
      ['生态环境质量持续改善', 'environment', null, null, null, '持续改善'],
    ],
  },
  'hunan-2024': {
    anchor: '/hunan-2024/part-2/#p-30',
    rows: [
      ['地区生产总值增长6%左右', 'gdp', 6, null, '%', '左右'],
      ['地方一般公共预算收入增长6%', 'revenue', 6, null, '%', null],
      ['规模工业增加值增长7%', 'industry', 7, null, '%', null],
      ['固定资产投资增长5%', 'investment', 5, null, '%', null],
      ['社会消费品零售总额增长6%', 'retail', 6, null, '%', null],
      ['进出口总额增长6%', 'trade', 6, null, '%', null],
      ['城镇新增就业70万人', 'jobs', 70, null, '万人', null],
      ['居民收入增速高于经济增速', 'income', null, null, null, '高于经济增速'],
      ['居民消费价格涨幅3%左右', 'cpi', 3, null, '%', '左右'],
      ['节能减排和碳排放强度下降完成国家下达任务', 'energy-intensity', null, null, null, '完成国家下达任务'],
      ['粮食产量615亿斤左右', 'grain', 615, null, '亿斤', '左右'],
    ],
  },
  'hunan-2025': {
    anchor: '/hunan-2025/part-2/#p-31',
    rows: [
      ['地区生产总值增长5.5%左右', 'gdp', 5.5, null, '%', '左右'],
      ['地方一般公共预算收入增长2.5%', 'revenue', 2.5, null, '%', null],
      ['规模工业增加值增长6.5%以上', 'industry', 6.5, null, '%', '以上'],
      ['固定资产投资增长4.5%', 'investment', 4.5, null, '%', null],
      ['社会消费品零售总额增长5.5%以上', 'retail', 5.5, null, '%', '以上'],
      ['进出口保稳提质', 'trade', null, null, null, '保稳提质'],
      ['城镇新增就业70万人', 'jobs', 70, null, '万人', null],
      ['居民收入增速高于经济增速', 'income', null, null, null, '高于经济增速'],
      ['居民消费价格涨幅与全国一致', 'cpi', null, null, null, '与全国一致'],
      ['粮食产量616亿斤左右', 'grain', 616, null, '亿斤', '左右'],
      ['节能减排和碳排放强度下降完成国家下达任务', 'energy-intensity', null, null, null, '完成国家下达任务'],
    ],
  },
  'hubei-2024': {
    anchor: '/hubei-2024/part-2/#p-26',
    rows: [
      ['地区生产总值增长6%', 'gdp', 6, null, '%', null],
      ['城镇新增就业70万人以上', 'jobs', 70, null, '万人', '以上'],
      ['城镇调查失业率5.5%左右', 'unemployment', 5.5, null, '%', '左右'],
      ['居民消费价格涨幅3%左右', 'cpi', 3, null, '%', '左右'],
      ['居民收入增长和经济增长同步', 'income', null, null, null, '同步'],
      ['粮食产量500亿斤以上', 'grain', 500, null, '亿斤', '以上'],
      ['单位GDP能耗降低2.5%左右', 'energy-intensity', 2.5, null, '%', '左右'],
    ],
  },
};
