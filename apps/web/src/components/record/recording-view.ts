// What the Record page reads from the API: the server's own shapes, as types only (nothing server-side is bundled).
export type { TRecordingDto as RecordingView } from "@/server/recordings/recording-dto";
export type { TCapturedRow as CapturedRow } from "@/server/recordings/recording-sessions";
