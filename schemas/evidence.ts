/** Evidence from recordings of the real service (tests/traffic/recordings, copies of ../shared/recordings). */

/** One observation in a recording of the real service. */
export interface Evidence {
  /** Path under tests/traffic/recordings (`README.md`: the recordings' README, for what no copied file shows). */
  recording: string;
  /** Indexes in the recording's `Entries`. */
  entries: number[];
  /** What those entries show. */
  shows: string;
}

/** The recordings of the real service named as evidence (Azure SDK test-proxy recordings). */
export const JS = 'js/node';
export const DELETE_SESSION = `${JS}/session/recording_testdeletesession.json`;
export const GA_SESSION = `${JS}/livenesssession/recording_testlivenesssession.json`;
export const GA_VERIFY_SESSION = `${JS}/livenesswithverifysession/recording_testlivenesswithverifysession.json`;
/** A v1.3-preview.1 create and read (the .NET SDK's recorder; its session token replaced by "Sanitized"). */
export const V13_SESSION = 'net/v13/TestGetSessionResult.json';
