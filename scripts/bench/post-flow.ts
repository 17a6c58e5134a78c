// The JSON POST the bench compares with a GET: one body sent as it is, and one rendered on every send (a
// timestamp, as signed platform APIs want), to the fast target's POST /api/order, which accepts any body.

export const ORDER_PATH = "/api/order";
export const LITERAL_BODY = '{"activity_id":"A-1001","qty":1,"channel":"mini-program"}';
export const TEMPLATED_BODY = '{"activity_id":"A-1001","qty":1,"ts":${__timestamp()}}';

const [BEFORE_TIMESTAMP, AFTER_TIMESTAMP] = TEMPLATED_BODY.split("${__timestamp()}") as [string, string];
/** The templated body as the engine renders it, for the bare undici loop: the timestamp written in by hand. */
export const renderTemplatedBody = (): string => BEFORE_TIMESTAMP + Date.now() + AFTER_TIMESTAMP;
