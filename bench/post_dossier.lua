-- bench/post_dossier.lua: wrk script that receives a dossier per request.
--
--   wrk -t2 -c64 -d5s -s bench/post_dossier.lua URL/api/v1/dossiers -- TOKEN PROCEDURE
--
-- TOKEN is an API token of a clerk who may receive at a desk (the demo's
-- longbinh); every request is one durable, audited intake at that desk and
-- gets the next code of the day.  Non-201 answers are counted and printed.
local token, proc = nil, "HT.01"
local bad = 0

function init(args)
	if args[1] ~= nil then token = args[1] end
	if args[2] ~= nil then proc = args[2] end
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
	if token then wrk.headers["Authorization"] = "Bearer " .. token end
	wrk.body = '{"procedure_code":"' .. proc .. '","applicant":{"full_name":"Nguyễn Văn Bền",' ..
		'"id_number":"079090009999"},"documents":["Tờ khai đăng ký khai sinh","Giấy chứng sinh"]}'
end

function response(status, headers, body)
	if status ~= 201 then bad = bad + 1 end
end

function done(summary, latency, requests)
	io.write(string.format("non-201: %d\n", summary.errors.status))
end
