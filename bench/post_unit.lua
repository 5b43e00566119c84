-- bench/post_unit.lua: wrk script that POSTs a new unit per request.
--
--   wrk -t2 -c8 -d10s -s bench/post_unit.lua URL/api/v1/units -- TAG PARENT_ID TOKEN
--
-- Every request creates a neighbourhood group under PARENT_ID with the code
-- TAG-<thread>-<counter>: the thread number (set in setup(), 1..N) and a
-- per-thread counter make codes unique within a run; TAG (letters, digits,
-- '-', '_', '.') makes them unique across runs against the same database.
-- TOKEN is an API token of an account that may create units there.

local nthreads = 0

-- Runs in the main Lua state once per wrk thread, before the thread starts.
function setup(thread)
	nthreads = nthreads + 1
	thread:set("tid", nthreads)
end

-- Globals of each thread's own Lua state (tid is set by setup above).
counter = 0
tag = "bench"
parent = "2"

function init(args)
	if args[1] ~= nil then tag = args[1] end
	if args[2] ~= nil then parent = args[2] end
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
	-- Writes need an account: the demo administrator's API token.
	if args[3] ~= nil then wrk.headers["Authorization"] = "Bearer " .. args[3] end
end

function request()
	counter = counter + 1
	local code = string.format("%s-%d-%d", tag, tid or 0, counter)
	local body = string.format(
		'{"kind":"neighbourhood_group","code":"%s","name":"Tổ bench %s","parent_id":%s}',
		code, code, parent)
	return wrk.format("POST", nil, nil, body)
end
