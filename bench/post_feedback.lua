-- bench/post_feedback.lua: wrk script that files a citizen's report through
-- the public form (/feedback/new), as a browser without JavaScript sends it.
--
--   wrk -t2 -c64 -d5s -s bench/post_feedback.lua URL/feedback/new -- COOKIE CSRF WARD_ID
--
-- COOKIE and CSRF are the anonymous csrf cookie and the form's token (from a
-- GET of the form).  Each request comes from its own address through
-- X-Forwarded-For (run the server with --trusted-proxies 127.0.0.1), as
-- citizens do, so the hourly limit per address is checked on every request
-- and never reached.  Every 200 is one durable report; others are counted.
local n = 0

function init(args)
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
	wrk.headers["Cookie"] = args[1]
	wrk.body = "csrf=" .. args[2] .. "&category=waste&ward_id=" .. args[3] ..
		"&address=H%E1%BA%BBm%2012%20L%C3%AA%20V%C4%83n%20Vi%E1%BB%87t" ..
		"&description=R%C3%A1c%20%C4%91%E1%BB%83%20nhi%E1%BB%81u%20ng%C3%A0y%20ch%C6%B0a%20thu%20gom."
	math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
	n = n + 1
	wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255),
		math.random(0, 255), math.random(1, 254))
	return wrk.format()
end

function done(summary, latency, requests)
	io.write(string.format("non-200: %d\n", summary.errors.status))
end
