/** A WeChat-style error body. Field names and messages match what mini-program backends really send. */
export interface WxError {
  errcode: number;
  errmsg: string;
}

export const WX_TOKEN_MISSING: WxError = { errcode: 41001, errmsg: "access_token missing" };
export const WX_TOKEN_INVALID: WxError = {
  errcode: 40001,
  errmsg: "invalid credential, access_token is invalid or not latest",
};
export const WX_TOKEN_EXPIRED: WxError = { errcode: 42001, errmsg: "access_token expired" };
export const WX_INVALID_APPID: WxError = { errcode: 40013, errmsg: "invalid appid" };
export const WX_INVALID_SECRET: WxError = { errcode: 40125, errmsg: "invalid appsecret" };
export const WX_INVALID_GRANT_TYPE: WxError = { errcode: 40002, errmsg: "invalid grant_type" };
export const WX_DATA_FORMAT: WxError = { errcode: 47001, errmsg: "data format error" };
