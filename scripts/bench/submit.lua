-- wrk script: POST a certificate application per request, each for another applicant.
-- Environment: PEOPLE (JSON lines: iin, idNumber, refNumber, refDate, refIssuer), TEMPLATE (body
-- with ${field} placeholders), API_KEY, and RATE (total requests per second, 0 = as fast as
-- possible; with a rate, each connection waits connections/RATE seconds between requests).
local people, template = {}, nil
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
  table.insert(threads, thread)
end

local function fill(person, n)
  return (template:gsub("%${(%w+)}", function(key)
    if key == "n" then return tostring(n) end
    return person[key] or ""
  end))
end

function init(args)
  template = io.open(os.getenv("TEMPLATE")):read("*a")
  for line in io.lines(os.getenv("PEOPLE")) do
    local person = {}
    for key, value in line:gmatch('"(%w+)"%s*:%s*"(.-)"') do person[key] = value end
    table.insert(people, person)
  end
  counter = id * 1000003
  local rate = tonumber(os.getenv("RATE") or "0")
  if rate > 0 then
    pause_ms = 1000 * tonumber(os.getenv("CONNECTIONS")) / rate
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Api-Key"] = os.getenv("API_KEY")
end

function request()
  counter = counter + 1
  local person = people[(counter % #people) + 1]
  return wrk.format(nil, nil, nil, fill(person, counter))
end

function delay()
  return pause_ms or 0
end

function done(summary, latency, requests)
  -- one machine-readable line for scripts/bench.sh: req/s p50 p95 p99 (ms) non-2xx socket-errors
  local seconds = summary.duration / 1e6
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, socket_errors))
end
