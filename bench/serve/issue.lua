-- wrk: POST an order, each request with an Idempotency-Key of its own (thread and counter), so
-- every request issues a new document. FOLIO_KEY: the API key; FOLIO_ORDER: the order file (YAML);
-- FOLIO_PATH: the route (/v1/invoices, /v1/drafts); FOLIO_RUN: a name unique to the run.
local key = os.getenv("FOLIO_KEY")
local path = os.getenv("FOLIO_PATH")
local run = os.getenv("FOLIO_RUN")
local file = io.open(os.getenv("FOLIO_ORDER"), "rb")
local body = file:read("*a")
file:close()

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
function request()
  counter = counter + 1
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/yaml",
    ["Authorization"] = "Bearer " .. key,
    ["Idempotency-Key"] = run .. "-" .. tid .. "-" .. counter,
  }, body)
end
