/** VUs of shard `index` when `total` VUs are split over `count` shards: even, the remainder to the first. */
export function shardShare(total: number, index: number, count: number): number {
  return Math.floor(total / count) + (index < total % count ? 1 : 0);
}
