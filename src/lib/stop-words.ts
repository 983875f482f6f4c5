/**
 * Words never listed as a document's distinctive terms, in one place, by class. Each class says why it
 * is here; a word belongs to the first class it fits. Segmentation is jieba's (src/lib/distinctive.ts).
 */

/** Function words: pronouns, conjunctions, adverbs, modal verbs — grammar, not content. */
const FUNCTION_WORDS = `我们 他们 我国 以及 或者 并且 而且 同时 其中 通过 对于 关于 按照 根据 进一步 更加 不断 坚持 一些 一批 一个
一是 二是 三是 四是 五是 六是 应当 可以 能够 必须 要求 已经 正在 继续 持续 全面 积极 大力 切实 努力 认真 有关 相关 各类 各项 各级
主要 重要 重点 重大 显著 明显 总体 基本 充分 有效 深入 扎实 着力 力争 稳步 逐步 较大 所有 这些 那些 之一 方面 以上 以下 左右 为主
分别 始终 顺利 重在 属于 不得 予以 涉及 必要 限定 变更 坚定不移`;

/**
 * Generic verbs and nouns of the report genre: every government report says them, so they say nothing
 * about one report (增长, 发展, 推进, 工作…). TF-IDF alone does not drop them in a corpus of a dozen
 * documents, where one report may simply say 工作 more often than the rest.
 */
const GENRE_WORDS = `增长 发展 推进 推动 工作 考虑 实施 建设 加强 加快 提升 提高 完善 实现 开展 落实 促进 支持 打造 强化 深化
健全 构建 优化 做好 抓好 确保 保持 保障 服务 管理 体系 机制 政策 措施 任务 目标 水平 能力 质量 效益 领域 行业 项目 企业 工程
制度 单位 部门 政府 人民 群众 社会 经济 国家 全国 地区 地方 城市 农村 今年 去年 明年 全年 年度 一年 五年 当前 未来 新的 各位 代表
各位代表 衷心感谢 上年 增加 下降 安排 出台 获批 发放 开工 投产 配套 氛围 创造性 方案 范围 上级`;

/** Numbering and measure words (第一节, 专栏, 亿元, 百分点): structure and units, not content. */
const NUMBERING =
  /^(?:第[一二三四五六七八九十百零\d]+[章节篇条款项]|专栏\d*|[万亿]*(?:元|斤|吨|人|户|个|项|家|千瓦|公里|小时|百分点|平方米|亩)|\d+[年月日]?)$/u;

/**
 * Place names of a document's own region: a Hunan report names Hunan and its cities on every page. The
 * keys are the manifest's `region` values.
 */
const REGION_PLACES: Record<string, string> = {
  全国: '全国 我国 中国 中华 全国人民 各地',
  湖南: `湖南 湖南省 全省 我省 湖湘 三湘 长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 长株潭 湘江 洞庭湖`,
  湖北: `湖北 湖北省 全省 我省 荆楚 武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架 长江`,
};

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean));
const STOP = new Set([...words(FUNCTION_WORDS), ...words(GENRE_WORDS)]);
const PLACES = new Map(Object.entries(REGION_PLACES).map(([region, list]) => [region, words(list)]));

/** Every place name on the list (the segmenter keeps them whole, so 长株潭 is not cut into 长株/潭). */
export const PLACE_NAMES: string[] = [...new Set(Object.values(REGION_PLACES).flatMap((l) => [...words(l)]))];

/** Whether a word is on the stop-list for a document of `region`. */
export function isStopWord(word: string, region: string): boolean {
  return STOP.has(word) || NUMBERING.test(word) || (PLACES.get(region)?.has(word) ?? false);
}
