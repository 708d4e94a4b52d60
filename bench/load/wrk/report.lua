-- wrk script for bench/load/run.sh: sends the bearer token given in the TOKEN environment variable (if any) and
-- prints one machine-readable line at the end.
local token = os.getenv("TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n", summary.requests, errors,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
