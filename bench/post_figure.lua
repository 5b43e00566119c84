-- bench/post_figure.lua: wrk script that reports figures at about a steady
-- rate, beside the readers of the mixed benchmark (bench/run.sh).  Does what
-- bench/writer.mjs does at a fraction of its cost: at 1,000 figures a second
-- that Node.js client took 0.8 of a core of the two the server and the
-- readers share, so the readers measured the client more than the server.
--
--   wrk -t1 -cCONNS -dDURATION -s bench/post_figure.lua URL -- TOKEN RATE TARGETS_TXT CONNS
--
-- TARGETS_TXT: one breakdown target a line, "ID UNIT_ID PERIODS" (12 for a
-- monthly target, 4 quarterly, 1 yearly).  Writes go round the (target,
-- period) pairs in turn, so the writes in flight correct different figures:
-- two corrections of one figure at once are refused, one of them, as they
-- should be.  Each connection waits before its next request: CONNS / RATE
-- seconds at first, then shortened or lengthened each second by how far the
-- last whole second fell from RATE (the answers' own time counts too).  A
-- rate the server cannot keep is not hidden: wrk's own Requests/sec is the
-- rate achieved, and its non-2xx count the figures refused.  Run it with one thread (the turn is the thread's),
-- and CONNS again after the targets: wrk does not tell a script its -c.
local pairs_list = {}
local turn = 0
local gap_ms = 0
local rate = 0
local second, sent, whole = 0, 0, false

function init(args)
	local token, file, conns = args[1], args[3], tonumber(args[4])
	rate = tonumber(args[2])
	assert(token and rate and rate > 0 and file and conns and conns > 0,
		"usage: wrk -t1 -cCONNS ... -s bench/post_figure.lua URL -- TOKEN RATE TARGETS_TXT CONNS")
	for line in io.lines(file) do
		local id, unit, periods = line:match("^(%d+)%s+(%d+)%s+(%d+)")
		if id then
			for p = 1, tonumber(periods) do
				pairs_list[#pairs_list + 1] = { id, unit, p }
			end
		end
	end
	assert(#pairs_list > 0, "no targets in " .. file)
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
	wrk.headers["Authorization"] = "Bearer " .. token
	-- The connections share the rate: each waits its share of a second.
	gap_ms = 1000 * conns / rate
	math.randomseed(os.time())
end

function delay()
	return gap_ms
end

function request()
	local now = os.time()
	if now ~= second then
		-- The first second is partial: only whole ones steer the gap.
		if whole and sent > 0 then
			gap_ms = gap_ms * sent / rate
		end
		whole = second ~= 0
		second, sent = now, 0
	end
	sent = sent + 1
	turn = turn + 1
	local t = pairs_list[(turn - 1) % #pairs_list + 1]
	-- A whole number from 0 to 100 is a valid figure for every kind of target.
	local body = string.format('{"unit_id":%s,"period_no":%d,"value":%d}', t[2], t[3],
		math.random(0, 100))
	return wrk.format(nil, "/api/v1/targets/" .. t[1] .. "/measurements", nil, body)
end
