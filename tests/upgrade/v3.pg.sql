--
-- PostgreSQL database dump
--

\restrict 1cH60jWsUQ6oO0fk96xiobAuWvxPRU4vKLNiJo6Iu7ksK7K49sm3UvEV50vMT1Y

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: org_revision_bump(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.org_revision_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE org_revision SET rev = rev + 1 WHERE id = 1; RETURN NULL; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_token (
    id bigint NOT NULL,
    token_hash bytea NOT NULL,
    user_id bigint NOT NULL,
    name text NOT NULL,
    created_at bigint NOT NULL,
    last_used bigint,
    revoked_at bigint
);


--
-- Name: api_token_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.api_token ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.api_token_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: app_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_user (
    id bigint NOT NULL,
    login text NOT NULL,
    display_name text NOT NULL,
    person_id bigint,
    password_hash text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: app_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.app_user ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.app_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id bigint NOT NULL,
    at text NOT NULL,
    actor_id bigint,
    actor text NOT NULL,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id bigint NOT NULL,
    before text,
    after text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_entry ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: login_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttle (
    key text NOT NULL,
    failures integer NOT NULL,
    window_start bigint NOT NULL
);


--
-- Name: org_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_revision (
    id integer NOT NULL,
    rev bigint NOT NULL,
    CONSTRAINT org_revision_id_check CHECK ((id = 1))
);


--
-- Name: org_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_unit (
    id bigint NOT NULL,
    kind text NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    parent_id bigint,
    valid_from date,
    valid_to date,
    predecessor_id bigint,
    successor_id bigint,
    search_key text NOT NULL,
    sort_key bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: org_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.org_unit ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.org_unit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id bigint NOT NULL,
    full_name text NOT NULL,
    title text DEFAULT ''::text NOT NULL,
    unit_id bigint NOT NULL,
    email text,
    phone text,
    search_key text NOT NULL,
    sort_key bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.person ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.person_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: role_grant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_grant (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    role text NOT NULL,
    unit_id bigint NOT NULL
);


--
-- Name: role_grant_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.role_grant ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.role_grant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    summary text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session (
    token_hash bytea NOT NULL,
    user_id bigint NOT NULL,
    csrf text NOT NULL,
    created_at bigint NOT NULL,
    last_seen bigint NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Data for Name: api_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_token (id, token_hash, user_id, name, created_at, last_used, revoked_at) FROM stdin;
\.


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.app_user (id, login, display_name, person_id, password_hash, disabled, created_at) FROM stdin;
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$1axsxQ3oK2zctG5ByjdXVA$I1HF36FT1eKYpJsh2H7HziQAH9lcWkS07s/SZdTmDSc	f	1796607376
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$Cu/yr3SqwB1TJbOCgwL82g$94GZqgBrzJQhUklqCdvWaAAjQfpL5BI3S3ohqIv+2KA	f	1796607376
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$gR1wgM7Z+bmSVoo0wNNEAA$MbcqNWR2cNJ1Q8SPbI4m+qXFgk4us27jkc1e7K/JkUg	f	1796607376
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$eqja9HI9P+9XwfE224ARcw$Nn7zvqwkPwV024MirbDuS/VnhfOVfhHGCNWSBiqFLF4	f	1796607377
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$Ti9IFmc9/o2aA4XbyCthCw$eDG/Ljqf+CItImKcqHbOeKlCIgjn0V6QLaen9weapQw	f	1796607377
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:36:16.157Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	8c46aa66f3321d4dff949aa160d0debad8cf24a6df8d9b5f19ec83a022f4f547
2	2026-12-07T01:36:16.166Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	8c46aa66f3321d4dff949aa160d0debad8cf24a6df8d9b5f19ec83a022f4f547	ecc56bf6d85978beb60efda9218e97c228ea881c186c79d17605534d027f587f
3	2026-12-07T01:36:16.167Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	ecc56bf6d85978beb60efda9218e97c228ea881c186c79d17605534d027f587f	d2c5815d687901ef64a7b11db60e9f721efdda60b92fae2d8dc7a079ef2d288a
4	2026-12-07T01:36:16.168Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	d2c5815d687901ef64a7b11db60e9f721efdda60b92fae2d8dc7a079ef2d288a	8a1aedd76e97caa068aff9f68ee25943e5e42984564606abd47acf5798e54677
5	2026-12-07T01:36:16.176Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	8a1aedd76e97caa068aff9f68ee25943e5e42984564606abd47acf5798e54677	6663d0efd7ab95ebe6b076072059de6cec90f345fcaf26dd61c2acb33f0a0bd7
6	2026-12-07T01:36:16.178Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	6663d0efd7ab95ebe6b076072059de6cec90f345fcaf26dd61c2acb33f0a0bd7	aa1575ed7d54c3dd952eabb3f9b999a33555890cf5681aadfa38a1e0a98f18a9
7	2026-12-07T01:36:16.178Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	aa1575ed7d54c3dd952eabb3f9b999a33555890cf5681aadfa38a1e0a98f18a9	3b1cd5798fa170eeaf4cff2e5639f9d304bdb207116b1a268c45ba5e0f8b54eb
8	2026-12-07T01:36:16.179Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	3b1cd5798fa170eeaf4cff2e5639f9d304bdb207116b1a268c45ba5e0f8b54eb	ca9d41106e1377200d422c4a57a26d76e283c3ff90219f85e7a15fc371e55b1f
9	2026-12-07T01:36:16.180Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	ca9d41106e1377200d422c4a57a26d76e283c3ff90219f85e7a15fc371e55b1f	5a957a3f1a54248d35c96a38a87c1ed5da40f2ee71fdfa4b529d54e93f4d6cb0
10	2026-12-07T01:36:16.181Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	5a957a3f1a54248d35c96a38a87c1ed5da40f2ee71fdfa4b529d54e93f4d6cb0	3925ca11b1780884d0a503c3b9c0ac70532e3b9a300672c819201c16f1be9a0e
11	2026-12-07T01:36:16.181Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	3925ca11b1780884d0a503c3b9c0ac70532e3b9a300672c819201c16f1be9a0e	2f5d84b86140d60022a009412a64444203a91cfabe20b02d00392b80ef0295b7
12	2026-12-07T01:36:16.183Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	2f5d84b86140d60022a009412a64444203a91cfabe20b02d00392b80ef0295b7	c383dd35eefea4c552660f32f64ef7531a566f85f0bdd32afa4f031125bb794f
13	2026-12-07T01:36:16.187Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	c383dd35eefea4c552660f32f64ef7531a566f85f0bdd32afa4f031125bb794f	265b5e3338d157b001e210edf990415ed287ec164ca6c868d1abde96f5d567d9
14	2026-12-07T01:36:16.190Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	265b5e3338d157b001e210edf990415ed287ec164ca6c868d1abde96f5d567d9	302a370bfe4f3292acfb8faa40c92a298d382c255c554c3de0b0e30ff53542f9
15	2026-12-07T01:36:16.191Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	302a370bfe4f3292acfb8faa40c92a298d382c255c554c3de0b0e30ff53542f9	c520549f0c382cc1785642fd0d69844656495704d0f460233c1e87d6e43ecd70
16	2026-12-07T01:36:16.192Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	c520549f0c382cc1785642fd0d69844656495704d0f460233c1e87d6e43ecd70	abc1aab2e1587c49c9b9ec67321fe9a20f51b1b77ed62f5d19fa7dff193ef754
17	2026-12-07T01:36:16.192Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	abc1aab2e1587c49c9b9ec67321fe9a20f51b1b77ed62f5d19fa7dff193ef754	ac52badfb350e68a96360ac637dba22d23cf94a3e6bca7c711ef40629aa9e6c7
18	2026-12-07T01:36:16.193Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	ac52badfb350e68a96360ac637dba22d23cf94a3e6bca7c711ef40629aa9e6c7	e00994cc254be1aa9b4c5e71d5de817cccae42da5edf3bfb3f9c5135aa44e6b8
19	2026-12-07T01:36:16.194Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e00994cc254be1aa9b4c5e71d5de817cccae42da5edf3bfb3f9c5135aa44e6b8	3703928b317b6efaf7394f70f71e5b6e78924be6c62e865a85a1be0cef70dd75
20	2026-12-07T01:36:16.194Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	3703928b317b6efaf7394f70f71e5b6e78924be6c62e865a85a1be0cef70dd75	4e9dd68cda45da73d42cd54ca4929c5cdbe046daba68e7437c26b846c08e3eb0
21	2026-12-07T01:36:16.196Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4e9dd68cda45da73d42cd54ca4929c5cdbe046daba68e7437c26b846c08e3eb0	492f4055eeb43a32e96e4d64cc9c0fb259e7c4c85e7acd1f938d481e5f55c5fc
22	2026-12-07T01:36:16.197Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	492f4055eeb43a32e96e4d64cc9c0fb259e7c4c85e7acd1f938d481e5f55c5fc	3d23fc2d0207f27796f602c70ab47c372faecaf8816995af2c6110020fdf8c16
23	2026-12-07T01:36:16.200Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3d23fc2d0207f27796f602c70ab47c372faecaf8816995af2c6110020fdf8c16	85b0170bed042e490f2d9c76eb9b29fd8f24d3058ed01a37d394b327bd7a27b0
24	2026-12-07T01:36:16.200Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	85b0170bed042e490f2d9c76eb9b29fd8f24d3058ed01a37d394b327bd7a27b0	716771ec48a13fbf2effa42c744c79fb0f08de343f0ab6cbee658abefc6e1bda
25	2026-12-07T01:36:16.201Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	716771ec48a13fbf2effa42c744c79fb0f08de343f0ab6cbee658abefc6e1bda	2676b6d06d888d872a041380203c7e72f19c170aff3cc2266c133448d8d56e86
26	2026-12-07T01:36:16.202Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	2676b6d06d888d872a041380203c7e72f19c170aff3cc2266c133448d8d56e86	a949db2e751b701abce62f099a14f238086a91cfd377823ca5640d00707faa36
27	2026-12-07T01:36:16.203Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a949db2e751b701abce62f099a14f238086a91cfd377823ca5640d00707faa36	104e32fbe5a6a1d244fe77054d663aa444b48252b93af15807050078412ad900
28	2026-12-07T01:36:16.206Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	104e32fbe5a6a1d244fe77054d663aa444b48252b93af15807050078412ad900	9a35f8be72e755c9dfa33686fb427c208ffde303426ebd7084bdc7c15b93debd
29	2026-12-07T01:36:16.207Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9a35f8be72e755c9dfa33686fb427c208ffde303426ebd7084bdc7c15b93debd	05cc2b9232156a220760d62ed48c277505880732f1469ced019daa491d2a3831
30	2026-12-07T01:36:16.208Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	05cc2b9232156a220760d62ed48c277505880732f1469ced019daa491d2a3831	1bf252b49c5d9d6c74ddc6ae4e25afdf3bbba9c1205e7c29319acd226be84a0f
31	2026-12-07T01:36:16.208Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1bf252b49c5d9d6c74ddc6ae4e25afdf3bbba9c1205e7c29319acd226be84a0f	c48937857a75485713aed1006ea3c5d5f25791237f706d8890a1ad328f45452d
32	2026-12-07T01:36:16.209Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	c48937857a75485713aed1006ea3c5d5f25791237f706d8890a1ad328f45452d	e9072ab7facd8cfee900009ff5b8408e708ddbdf13824a5a57ebd1d4bae696b5
33	2026-12-07T01:36:16.210Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e9072ab7facd8cfee900009ff5b8408e708ddbdf13824a5a57ebd1d4bae696b5	1a14f76b64e64d3f68430adb85466445d5b9f9c90246d860df2fee4117233118
34	2026-12-07T01:36:16.214Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	1a14f76b64e64d3f68430adb85466445d5b9f9c90246d860df2fee4117233118	9cbda0c3132e6dfe67b4486b6132d9063070b293b1127f3a1c8af1a82b7288d1
35	2026-12-07T01:36:16.214Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9cbda0c3132e6dfe67b4486b6132d9063070b293b1127f3a1c8af1a82b7288d1	9dba8b4423fbd3484a57d3e075a9374cecf9a70d8992e18a57d54c6189bebe46
36	2026-12-07T01:36:16.215Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	9dba8b4423fbd3484a57d3e075a9374cecf9a70d8992e18a57d54c6189bebe46	2df01fc776fed9aff66ceab51e2603964a11cf80bd956d387546e9c1a5d1771a
37	2026-12-07T01:36:16.219Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2df01fc776fed9aff66ceab51e2603964a11cf80bd956d387546e9c1a5d1771a	42f0d2b37c30c19a04ea9de3999cf615a21a6ab5eb204b4f3b57f77eaab4cb2e
38	2026-12-07T01:36:16.220Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	42f0d2b37c30c19a04ea9de3999cf615a21a6ab5eb204b4f3b57f77eaab4cb2e	d5b2e1bd7757d568936a15142b476bd1d205af1304072d96ad108d9ea4c35196
39	2026-12-07T01:36:16.223Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d5b2e1bd7757d568936a15142b476bd1d205af1304072d96ad108d9ea4c35196	96f82976808ac2f51cede12523c59ffb079b75229f10bdc1c4155184dab0283a
40	2026-12-07T01:36:16.224Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	96f82976808ac2f51cede12523c59ffb079b75229f10bdc1c4155184dab0283a	5abbcfac176b94b9f6a8c0ded30c93461ad8ffda5d9a29238af97f98d1c79d33
41	2026-12-07T01:36:16.225Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	5abbcfac176b94b9f6a8c0ded30c93461ad8ffda5d9a29238af97f98d1c79d33	70a26f3562cfc0a40a339fb5a47e2d9d3b707fd48e30b4f123248313b51ca890
42	2026-12-07T01:36:16.228Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	70a26f3562cfc0a40a339fb5a47e2d9d3b707fd48e30b4f123248313b51ca890	9aa4a18727166087f57c8183f770e33adf51fbffc9f9a59e920aa57378a23074
43	2026-12-07T01:36:16.229Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	9aa4a18727166087f57c8183f770e33adf51fbffc9f9a59e920aa57378a23074	c0bf450cd2c183f21f71b14de1a1d4b89ef3f5f03f895c35e6a8dcf41617e62a
44	2026-12-07T01:36:16.230Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c0bf450cd2c183f21f71b14de1a1d4b89ef3f5f03f895c35e6a8dcf41617e62a	08c5ad2e3a80dddcc61efebbda0619aff5197c837c62cb7d19c66c16eddae018
45	2026-12-07T01:36:16.231Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	08c5ad2e3a80dddcc61efebbda0619aff5197c837c62cb7d19c66c16eddae018	19d934ad177e3ab7ed8c972b268183984a0113ddf80eb5eb72670730399b9e5a
46	2026-12-07T01:36:16.240Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	19d934ad177e3ab7ed8c972b268183984a0113ddf80eb5eb72670730399b9e5a	f8815ca920893be2fff5f3c73ec0a9f8561651f587fc8bf95bbeb0309e4161d4
47	2026-12-07T01:36:16.240Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	f8815ca920893be2fff5f3c73ec0a9f8561651f587fc8bf95bbeb0309e4161d4	f08fc65b0effef6594cc2849ea7f2f0b8f7b344c111d841882d3e45665f703d5
48	2026-12-07T01:36:16.241Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f08fc65b0effef6594cc2849ea7f2f0b8f7b344c111d841882d3e45665f703d5	db0c471a02e9b6a6d6641eaa8eeae30a06263645732c51904ee6840a1e341800
49	2026-12-07T01:36:16.242Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	db0c471a02e9b6a6d6641eaa8eeae30a06263645732c51904ee6840a1e341800	687884f3b4a3f969b29d92581b770271cdaae49c5b40d38d2290294d289aa943
50	2026-12-07T01:36:16.243Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	687884f3b4a3f969b29d92581b770271cdaae49c5b40d38d2290294d289aa943	852be917b8974bc27151fa1e34704e8e60e2241d3820a0ac2cc968bff77cd625
51	2026-12-07T01:36:16.243Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	852be917b8974bc27151fa1e34704e8e60e2241d3820a0ac2cc968bff77cd625	66ac07d112097eeef2e15cdb266f6bc14a674b696d763858b0eae9022c05af35
52	2026-12-07T01:36:16.246Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	66ac07d112097eeef2e15cdb266f6bc14a674b696d763858b0eae9022c05af35	4b9a5c9add178311b97fecc43886373a880c853a3775ae72a07764b4bdc63b13
53	2026-12-07T01:36:16.247Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	4b9a5c9add178311b97fecc43886373a880c853a3775ae72a07764b4bdc63b13	2028b4c969813248bfa43f2fe3370ebea9136c3e52c4a45b611c1c10ca1167d5
54	2026-12-07T01:36:16.247Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2028b4c969813248bfa43f2fe3370ebea9136c3e52c4a45b611c1c10ca1167d5	f587cd39dda49131c006c123843ce985b6f7a0587c5956b99c1f9f65c373d50c
55	2026-12-07T01:36:16.248Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	f587cd39dda49131c006c123843ce985b6f7a0587c5956b99c1f9f65c373d50c	be27cc77bf2bab7c390892b50ecc2728bde462b8c13fb031762838cf45f9b4cd
56	2026-12-07T01:36:16.248Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	be27cc77bf2bab7c390892b50ecc2728bde462b8c13fb031762838cf45f9b4cd	f322678288e71bfa70a81924c7d0fd99996c5d5fc2ae10627f15ca1241c26453
57	2026-12-07T01:36:16.248Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	f322678288e71bfa70a81924c7d0fd99996c5d5fc2ae10627f15ca1241c26453	90459d0050767afa58735c46bb35e1a78be1f2c2f6cebade92be16ea4c422476
58	2026-12-07T01:36:16.249Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	90459d0050767afa58735c46bb35e1a78be1f2c2f6cebade92be16ea4c422476	9b9495920de9d72fcd126ffd8ebb191e59634e6f31854bca53f4cc0b74b132e0
59	2026-12-07T01:36:16.249Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9b9495920de9d72fcd126ffd8ebb191e59634e6f31854bca53f4cc0b74b132e0	8e83b4f5ff09e002fc0be49179b242384b05ac002a430ba4592cf4b751441c2b
60	2026-12-07T01:36:16.249Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	8e83b4f5ff09e002fc0be49179b242384b05ac002a430ba4592cf4b751441c2b	c63b1ab7e631b0b66e045a3009a0c3683b5201d3a368eb642b90eec32b9fdf0a
61	2026-12-07T01:36:16.250Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c63b1ab7e631b0b66e045a3009a0c3683b5201d3a368eb642b90eec32b9fdf0a	ec85d42b73cd8b339b1b64090eefdc0f38d96d67221409b12693097c61896337
62	2026-12-07T01:36:16.252Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	ec85d42b73cd8b339b1b64090eefdc0f38d96d67221409b12693097c61896337	8bafef3a3ba29f99c78666a7f61db4d5593def1fef9056bff92db5992c589f3e
63	2026-12-07T01:36:16.252Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8bafef3a3ba29f99c78666a7f61db4d5593def1fef9056bff92db5992c589f3e	f9f09159d51419a5d5ac36c953783922b85368ac10032ae22c11f1d26b697e54
64	2026-12-07T01:36:16.252Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	f9f09159d51419a5d5ac36c953783922b85368ac10032ae22c11f1d26b697e54	5ab46fabfcc77fe2c8eac506ce6cc2d7084bd015512d0af0ff0f55eb5235f19d
65	2026-12-07T01:36:16.253Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5ab46fabfcc77fe2c8eac506ce6cc2d7084bd015512d0af0ff0f55eb5235f19d	5adbf46fc24a603ee58c1a3a84715b4ddeac17eb9f86e0b53a2f0ad55b3b9532
66	2026-12-07T01:36:16.253Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	5adbf46fc24a603ee58c1a3a84715b4ddeac17eb9f86e0b53a2f0ad55b3b9532	97b867d130ad432f2953003b40f781e999d4378a4b1a74bd660f151615a2c299
67	2026-12-07T01:36:16.253Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	97b867d130ad432f2953003b40f781e999d4378a4b1a74bd660f151615a2c299	c8ec8b9326a9196e5516668c6ae674334eaf340528b06321914ee8e4af6179e2
68	2026-12-07T01:36:16.255Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	c8ec8b9326a9196e5516668c6ae674334eaf340528b06321914ee8e4af6179e2	c5cea4cf0d1db949a603386dec9a63a7957ad07863c36d2c18d7a847781eb689
69	2026-12-07T01:36:16.256Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c5cea4cf0d1db949a603386dec9a63a7957ad07863c36d2c18d7a847781eb689	c853036200f62d70dc26a69932af1fa5f4f4d935027395c021cb134ba5bf1ee2
70	2026-12-07T01:36:16.256Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	c853036200f62d70dc26a69932af1fa5f4f4d935027395c021cb134ba5bf1ee2	8ed4b944b760b23e5670509bccef1c9418a6b513eb82c988af076997e17eb7d3
71	2026-12-07T01:36:16.256Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	8ed4b944b760b23e5670509bccef1c9418a6b513eb82c988af076997e17eb7d3	2f3e368c975810e20841b08615f54791fb040d6419b65c46f31e4248542e5165
72	2026-12-07T01:36:16.257Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	2f3e368c975810e20841b08615f54791fb040d6419b65c46f31e4248542e5165	0a51ec300cce0dbff297810869bf27a57b851be107b73da9083cfe4635b0b58c
73	2026-12-07T01:36:16.257Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	0a51ec300cce0dbff297810869bf27a57b851be107b73da9083cfe4635b0b58c	5617923d11b7dc016dfc37e22f29814e8d0b77cb19e956235ec34effa6a1a47f
74	2026-12-07T01:36:16.257Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5617923d11b7dc016dfc37e22f29814e8d0b77cb19e956235ec34effa6a1a47f	242ba288a851e3c1cf7d9775d38d69c0f6eee0e5cd63624d9fb6ca2b6ff0c823
75	2026-12-07T01:36:16.258Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	242ba288a851e3c1cf7d9775d38d69c0f6eee0e5cd63624d9fb6ca2b6ff0c823	bf183004c87b1c307746b0f3018667bc5458f6179444cc4f38dceff201825494
76	2026-12-07T01:36:16.259Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bf183004c87b1c307746b0f3018667bc5458f6179444cc4f38dceff201825494	2068dcca877c71f8eb19ca11ffb40e406d47a93984ac38301cc372990b4c1635
77	2026-12-07T01:36:16.261Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	2068dcca877c71f8eb19ca11ffb40e406d47a93984ac38301cc372990b4c1635	fcd13218c701d85eaa1937077fd8ffb12e5b1cd376b7f054a9556952a09eb0c1
78	2026-12-07T01:36:16.261Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fcd13218c701d85eaa1937077fd8ffb12e5b1cd376b7f054a9556952a09eb0c1	9215e024f5fc56d7a45a6894618ee9d9a1d27857c4fd8c457da1df485ae9aefb
79	2026-12-07T01:36:16.262Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	9215e024f5fc56d7a45a6894618ee9d9a1d27857c4fd8c457da1df485ae9aefb	568e4c5100f29a4b0f6992d7e8f6a83b053e22bfd2fa65e4151cb631be7db0b7
80	2026-12-07T01:36:16.263Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	568e4c5100f29a4b0f6992d7e8f6a83b053e22bfd2fa65e4151cb631be7db0b7	736c37b08ced87dd4ab55be69dd25617f076c81ea90bd009bdb94d7d8682ec74
81	2026-12-07T01:36:16.264Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	736c37b08ced87dd4ab55be69dd25617f076c81ea90bd009bdb94d7d8682ec74	2f1d48814dc95d18b19d1ed43deed1964bc8be7d783ffebd5850461b8c7393c9
82	2026-12-07T01:36:16.264Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2f1d48814dc95d18b19d1ed43deed1964bc8be7d783ffebd5850461b8c7393c9	31162f6562ca2563a25a86c15bc57543575ea9844785a895cbeec5dbfe1b0d02
83	2026-12-07T01:36:16.265Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	31162f6562ca2563a25a86c15bc57543575ea9844785a895cbeec5dbfe1b0d02	2d9ad7823d5352301ff1226bb8665dd5ddbac2627d4b14825c5759c8aa9c58ff
84	2026-12-07T01:36:16.267Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2d9ad7823d5352301ff1226bb8665dd5ddbac2627d4b14825c5759c8aa9c58ff	03b4ec566983284a8d4511222482982812f70ea1de5bc248cd8c5f9d7db02d64
85	2026-12-07T01:36:16.268Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	03b4ec566983284a8d4511222482982812f70ea1de5bc248cd8c5f9d7db02d64	600f0a578a7d23357c858e14fb504f60829e3c2a1a7b17fdbcc6adf6cb446483
86	2026-12-07T01:36:16.268Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	600f0a578a7d23357c858e14fb504f60829e3c2a1a7b17fdbcc6adf6cb446483	c69024da222a193f52925b14e8a863c2b0540c78efbd83804a2a81d1304433f9
87	2026-12-07T01:36:16.268Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	c69024da222a193f52925b14e8a863c2b0540c78efbd83804a2a81d1304433f9	f346ad3ece62bf92127bd64ec0b89f3d1253809c7c634ad388dae601580b4692
88	2026-12-07T01:36:16.269Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f346ad3ece62bf92127bd64ec0b89f3d1253809c7c634ad388dae601580b4692	3ece5473f2da3a847b7329d307d6280dc612cfe91686f4cb5c405a8c4ecc9014
89	2026-12-07T01:36:16.269Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3ece5473f2da3a847b7329d307d6280dc612cfe91686f4cb5c405a8c4ecc9014	ae09d5ed5e8753cc83cd66683cca6cf4135b5b48d0c3f57bc3fb0b3be5ba1ab8
90	2026-12-07T01:36:16.270Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	ae09d5ed5e8753cc83cd66683cca6cf4135b5b48d0c3f57bc3fb0b3be5ba1ab8	edb8d9d7485625f27e0c90070d06309ba4b256fa2039b87187fbffcd1bdcd1f0
91	2026-12-07T01:36:16.270Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	edb8d9d7485625f27e0c90070d06309ba4b256fa2039b87187fbffcd1bdcd1f0	0dcf02c89dc68140a09d50f88c02f4ef61b069f38bc981ea2f3395d9f075d18c
92	2026-12-07T01:36:16.272Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	0dcf02c89dc68140a09d50f88c02f4ef61b069f38bc981ea2f3395d9f075d18c	366b398729ae1a46773a9759239d2c6116ae35dbc681c3e4fd0bc15c9bd3b8a3
93	2026-12-07T01:36:16.276Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	366b398729ae1a46773a9759239d2c6116ae35dbc681c3e4fd0bc15c9bd3b8a3	2951ec6e6f05488d2e0988ea3962839ea4a8aa1f123d50a42e8eaea24d1bcf72
94	2026-12-07T01:36:16.276Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	2951ec6e6f05488d2e0988ea3962839ea4a8aa1f123d50a42e8eaea24d1bcf72	170612fd395852a97d62c95fd56569588f1c51813274c424fd6d3d5b2b8f8fc4
95	2026-12-07T01:36:16.276Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	170612fd395852a97d62c95fd56569588f1c51813274c424fd6d3d5b2b8f8fc4	09a3a60673fe90ab64a1de462562cc1e85b0b5802a3eb687c504caf007d37a29
96	2026-12-07T01:36:16.277Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	09a3a60673fe90ab64a1de462562cc1e85b0b5802a3eb687c504caf007d37a29	36f07e96b97d58a5d59d3a66e8540cbe81c6546cb4ac61e590bf40ab91fcee5f
97	2026-12-07T01:36:16.277Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	36f07e96b97d58a5d59d3a66e8540cbe81c6546cb4ac61e590bf40ab91fcee5f	7ae11cefea71a595a926713644ac1e48aeeb7cb3c2f11792813bcde938b07a00
98	2026-12-07T01:36:16.277Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	7ae11cefea71a595a926713644ac1e48aeeb7cb3c2f11792813bcde938b07a00	70298511953d06c9423775d772c2b8e128268bd9dcae837c09904ea1da3e32a5
99	2026-12-07T01:36:16.278Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	70298511953d06c9423775d772c2b8e128268bd9dcae837c09904ea1da3e32a5	73e2134c982a21dcaee4cc03bcbd16435fbe4a40e120149f0819d123861e6998
100	2026-12-07T01:36:16.278Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	73e2134c982a21dcaee4cc03bcbd16435fbe4a40e120149f0819d123861e6998	cd10e619fa399512dbcf5a20a96d13b4196861da08955abc82dd8c838603e2c1
101	2026-12-07T01:36:16.278Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	cd10e619fa399512dbcf5a20a96d13b4196861da08955abc82dd8c838603e2c1	8cec8b90abb280e93388bdbf31355ac21d796aa72a0e8846f963b76abd2fc2f3
102	2026-12-07T01:36:16.279Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	8cec8b90abb280e93388bdbf31355ac21d796aa72a0e8846f963b76abd2fc2f3	188e96718b666e1542b978f7995d1dae9b2bd1a2bd2d5dede685348ce75340dd
103	2026-12-07T01:36:16.279Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	188e96718b666e1542b978f7995d1dae9b2bd1a2bd2d5dede685348ce75340dd	ec11b01113ad29796b116b7dab5c9fa9a8a7b70b4d524a6f5cb10a6f10f37aa0
104	2026-12-07T01:36:16.279Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ec11b01113ad29796b116b7dab5c9fa9a8a7b70b4d524a6f5cb10a6f10f37aa0	6d3db30592482fc9a70fcda6070df28990b955272347e213a322931ce552fd0e
105	2026-12-07T01:36:16.280Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	6d3db30592482fc9a70fcda6070df28990b955272347e213a322931ce552fd0e	bc6a22d25b5381a3824c8569e6334e4a460e1fb69dd64d5039ff5e1d193037f7
106	2026-12-07T01:36:16.281Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bc6a22d25b5381a3824c8569e6334e4a460e1fb69dd64d5039ff5e1d193037f7	1b8be31e2d4c67407de142ec7a6337f787b489a76aaad7d9f679a6292b727dd7
107	2026-12-07T01:36:16.281Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	1b8be31e2d4c67407de142ec7a6337f787b489a76aaad7d9f679a6292b727dd7	3d36c2f5c22472810ec88989ce33b87f3f3331657fd82138eb97cee3bae6f34e
108	2026-12-07T01:36:16.283Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3d36c2f5c22472810ec88989ce33b87f3f3331657fd82138eb97cee3bae6f34e	4b670872f4ceff1259543c5cbcd84871c3e120fef5ceaa422bb2f9c3eb443a1f
109	2026-12-07T01:36:16.283Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	4b670872f4ceff1259543c5cbcd84871c3e120fef5ceaa422bb2f9c3eb443a1f	e99b7ef52c80cdece0be8c86d627d3e4724641d4cefeee4eca1e39a23fe4602b
110	2026-12-07T01:36:16.285Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e99b7ef52c80cdece0be8c86d627d3e4724641d4cefeee4eca1e39a23fe4602b	a52a9b895d14b1e919aa07a0cf846fcb3ba072c1393e0c9948953de074155062
111	2026-12-07T01:36:16.285Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	a52a9b895d14b1e919aa07a0cf846fcb3ba072c1393e0c9948953de074155062	187b64aed6d7827bc65b3689b3f197bf0c456f2c90e0bf7e24c17e8d83e6c17b
112	2026-12-07T01:36:16.285Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	187b64aed6d7827bc65b3689b3f197bf0c456f2c90e0bf7e24c17e8d83e6c17b	c420b3fa4235391e4517c9464afe9ece3c861a62f685a49b0b7fd9d7bdbed88d
113	2026-12-07T01:36:16.286Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	c420b3fa4235391e4517c9464afe9ece3c861a62f685a49b0b7fd9d7bdbed88d	7de3ab207d99e259a47c225bc67453c62856c587a9de54a9b966df86912adc11
114	2026-12-07T01:36:16.286Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7de3ab207d99e259a47c225bc67453c62856c587a9de54a9b966df86912adc11	2faa0ccff35da2323688db5c0974cd8cb1f6bdf44347cc74d22440a185bae34e
115	2026-12-07T01:36:16.292Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	2faa0ccff35da2323688db5c0974cd8cb1f6bdf44347cc74d22440a185bae34e	620b727244391b0415bc0ca41bb4e47b7252ad777494317dafe80542f37c77a5
116	2026-12-07T01:36:16.292Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	620b727244391b0415bc0ca41bb4e47b7252ad777494317dafe80542f37c77a5	1a266400c5a8f7bcd0e44e9fe29be33d2c4552bd88433f95d725ea38ae87abff
117	2026-12-07T01:36:16.293Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	1a266400c5a8f7bcd0e44e9fe29be33d2c4552bd88433f95d725ea38ae87abff	3a9bd0aa97a298581fb01297961f64c228c32b89547289af73672c7095e55320
118	2026-12-07T01:36:16.293Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	3a9bd0aa97a298581fb01297961f64c228c32b89547289af73672c7095e55320	63e8af19d79ac1afb3010a438e803b316ba23e416ddbeb89f0c328536c9fb1ea
119	2026-12-07T01:36:16.293Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	63e8af19d79ac1afb3010a438e803b316ba23e416ddbeb89f0c328536c9fb1ea	4d9d2f1709380d8c7f41ac1d90d289508d15c416fa55654a9928a01151c9a2d1
120	2026-12-07T01:36:16.294Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	4d9d2f1709380d8c7f41ac1d90d289508d15c416fa55654a9928a01151c9a2d1	50bf2ce63ace94eb09c876f00f908acb160bfe5f60cb1d9342c3cd7df2f15504
121	2026-12-07T01:36:16.294Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	50bf2ce63ace94eb09c876f00f908acb160bfe5f60cb1d9342c3cd7df2f15504	7184e96ce67a923b4b579ef932e78756fb2ddacc7231f5794c466311dbd0398c
122	2026-12-07T01:36:16.294Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	7184e96ce67a923b4b579ef932e78756fb2ddacc7231f5794c466311dbd0398c	cf105819df82dbcd6647fc51a5c6f42c24d79d6b0a4c527dd21010d1bc58dff4
123	2026-12-07T01:36:16.295Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cf105819df82dbcd6647fc51a5c6f42c24d79d6b0a4c527dd21010d1bc58dff4	daec9a37f52c6109e7fcc0ead27b501d6d16de3da4deb4660ee2343234240a61
124	2026-12-07T01:36:16.295Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	daec9a37f52c6109e7fcc0ead27b501d6d16de3da4deb4660ee2343234240a61	2b7663c74795502b9e3d3f0595cc2b1b054d8794ff2bbf0e242085d7a507a678
125	2026-12-07T01:36:16.295Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2b7663c74795502b9e3d3f0595cc2b1b054d8794ff2bbf0e242085d7a507a678	2e06666ae41d7609d453ea7b201d4325ee12fe0a51eb380061d83fd53e6d5caf
126	2026-12-07T01:36:16.296Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	2e06666ae41d7609d453ea7b201d4325ee12fe0a51eb380061d83fd53e6d5caf	046f2baf090ed9dcf4ed2b97d2f1313dc75d6ad45ce3555d26ff8f25c86805fa
127	2026-12-07T01:36:16.296Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	046f2baf090ed9dcf4ed2b97d2f1313dc75d6ad45ce3555d26ff8f25c86805fa	ce83c0ace4ed3057718b42f0bac2ec222c016ad4f188a2c60390c8ed9bb81cb6
128	2026-12-07T01:36:16.297Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	ce83c0ace4ed3057718b42f0bac2ec222c016ad4f188a2c60390c8ed9bb81cb6	208b6ad6dca245b7e73ad2f30dd16e36fa9baeb27225d8c93adcb3b7c786f0ff
129	2026-12-07T01:36:16.298Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	208b6ad6dca245b7e73ad2f30dd16e36fa9baeb27225d8c93adcb3b7c786f0ff	ccbfebc039853e9b7ac892596ccf685ff611a19a59b4e1b880a2b12bea7e91de
130	2026-12-07T01:36:16.300Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	ccbfebc039853e9b7ac892596ccf685ff611a19a59b4e1b880a2b12bea7e91de	887079629449ab72334a243ea1757914772ffe46963c08c5121179289b3ce436
131	2026-12-07T01:36:16.300Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	887079629449ab72334a243ea1757914772ffe46963c08c5121179289b3ce436	0d25024c8d1a5ecb2de2e2417f49f0017b234d33c109fd7e6719bf07c21f40e8
132	2026-12-07T01:36:16.300Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	0d25024c8d1a5ecb2de2e2417f49f0017b234d33c109fd7e6719bf07c21f40e8	ce193254cfda52d7a6cdd4a9cc96a6f682a15205e0f2787b64a2f67df95ea29e
133	2026-12-07T01:36:16.301Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	ce193254cfda52d7a6cdd4a9cc96a6f682a15205e0f2787b64a2f67df95ea29e	9f7f80e1ebb15c28e0a7f757c61cabb77824fcfa877a06ab3bd8918a4a6bfa9f
134	2026-12-07T01:36:16.302Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9f7f80e1ebb15c28e0a7f757c61cabb77824fcfa877a06ab3bd8918a4a6bfa9f	4139d94f4c6e9f10c618b03f068a06df8e91e2556acddcc708deb971fb171b7f
135	2026-12-07T01:36:16.303Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	4139d94f4c6e9f10c618b03f068a06df8e91e2556acddcc708deb971fb171b7f	658673c1e55aadb0cb6c54da685c015bd9b35200b701b812aada45e698da5a6f
136	2026-12-07T01:36:16.303Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	658673c1e55aadb0cb6c54da685c015bd9b35200b701b812aada45e698da5a6f	8dec2ca74a64c881d42873ee803acb4e4634b85053bc64ef1db7b4a83e2b88ae
137	2026-12-07T01:36:16.304Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	8dec2ca74a64c881d42873ee803acb4e4634b85053bc64ef1db7b4a83e2b88ae	debdff68b70ff6d1994aa62cb0447514d49d94b85b19103b944db8a8090951dd
138	2026-12-07T01:36:16.305Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	debdff68b70ff6d1994aa62cb0447514d49d94b85b19103b944db8a8090951dd	b0dad29a4684b3878a9747a9e9d7c846fbadb2a41c6de822c709637741b92ed3
139	2026-12-07T01:36:16.308Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	b0dad29a4684b3878a9747a9e9d7c846fbadb2a41c6de822c709637741b92ed3	467094ac0b5987543a5c2ddc7fe7eb8214660160f03e6eca01b3444f01f1e7b8
140	2026-12-07T01:36:16.308Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	467094ac0b5987543a5c2ddc7fe7eb8214660160f03e6eca01b3444f01f1e7b8	134d40348dc758eb0fa34d37cf67b90ddc62bc6fd95c82674e28ebeccf270572
141	2026-12-07T01:36:16.308Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	134d40348dc758eb0fa34d37cf67b90ddc62bc6fd95c82674e28ebeccf270572	d9b9df68509c8d7136a4583ab506671bba15ce06086f62926a7c26216636f523
142	2026-12-07T01:36:16.309Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d9b9df68509c8d7136a4583ab506671bba15ce06086f62926a7c26216636f523	62f38dd40efd98950565dda45cc8763b64e175bc66867399a473cfc9fea96ea0
143	2026-12-07T01:36:16.309Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	62f38dd40efd98950565dda45cc8763b64e175bc66867399a473cfc9fea96ea0	de74930a8cbed9341e74c749b82484a10c9466a6a6992576b964f4921bf724a2
144	2026-12-07T01:36:16.309Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	de74930a8cbed9341e74c749b82484a10c9466a6a6992576b964f4921bf724a2	87a69fe5aa4ce682d851a6692f83ffaa0482b756485473d2af9e31eb526ca320
145	2026-12-07T01:36:16.310Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	87a69fe5aa4ce682d851a6692f83ffaa0482b756485473d2af9e31eb526ca320	2404d8c915646e080b59bc41b59e7cf7285a5b79009433d20495e801adcefd2d
146	2026-12-07T01:36:16.310Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	2404d8c915646e080b59bc41b59e7cf7285a5b79009433d20495e801adcefd2d	070a47899ecac6b1c1e634d0ef22bdd679a147f3a98a240bc7b8a6a5fab375a9
147	2026-12-07T01:36:16.313Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	070a47899ecac6b1c1e634d0ef22bdd679a147f3a98a240bc7b8a6a5fab375a9	b1f3b21967d2c4cf24becc461425eb96b9e201e1c09ec2ca279e1ccdf50ba780
148	2026-12-07T01:36:16.313Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	b1f3b21967d2c4cf24becc461425eb96b9e201e1c09ec2ca279e1ccdf50ba780	065adebd93ed07529961da9c1e76d4b1ba3986de74c7b031e4eb5df4154c5c89
149	2026-12-07T01:36:16.314Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	065adebd93ed07529961da9c1e76d4b1ba3986de74c7b031e4eb5df4154c5c89	04d2de286c1823b32bcc07c3b35b0f4da3b1f49019ca7823adcfd5059e1bc57b
150	2026-12-07T01:36:16.314Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	04d2de286c1823b32bcc07c3b35b0f4da3b1f49019ca7823adcfd5059e1bc57b	6519905b649e0973cbe5d5b5f719675c06a63a7e35ee8415e67538b69d375717
151	2026-12-07T01:36:16.314Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6519905b649e0973cbe5d5b5f719675c06a63a7e35ee8415e67538b69d375717	5600f43d28cc26e07bba9e8db2f60fe2b848a1fc5a51924efa706c2e8a82a7c0
152	2026-12-07T01:36:16.315Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	5600f43d28cc26e07bba9e8db2f60fe2b848a1fc5a51924efa706c2e8a82a7c0	3585467b23ff1f9ab200ddf92d0de8a8b578b797029e85a8c6143edb149d5bd8
153	2026-12-07T01:36:16.315Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3585467b23ff1f9ab200ddf92d0de8a8b578b797029e85a8c6143edb149d5bd8	2cfd9c76cfc3fe8f17447d247150dee1f8b56320353cd05e5930de38fd7a50b4
154	2026-12-07T01:36:16.315Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	2cfd9c76cfc3fe8f17447d247150dee1f8b56320353cd05e5930de38fd7a50b4	44b4ae7c3de0823af301ca1f4b0e88a556fa69ee15ec2c3014fc85d1bc65fbea
155	2026-12-07T01:36:16.316Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	44b4ae7c3de0823af301ca1f4b0e88a556fa69ee15ec2c3014fc85d1bc65fbea	0b84f17ca43067ff0669fcdd595a0d650462be658fd849c902fafff7d85c1dfe
156	2026-12-07T01:36:16.317Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	0b84f17ca43067ff0669fcdd595a0d650462be658fd849c902fafff7d85c1dfe	d441768b08cfe69da0d3f3b733c3a5d9058f154615d83300afe1f01d4c8f2edf
157	2026-12-07T01:36:16.318Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d441768b08cfe69da0d3f3b733c3a5d9058f154615d83300afe1f01d4c8f2edf	53868550eb5e186b4600c5aaf16e66f57f955febe52c22c47cd698769b1ef6ac
158	2026-12-07T01:36:16.318Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	53868550eb5e186b4600c5aaf16e66f57f955febe52c22c47cd698769b1ef6ac	aa7a4c0016d25be06890f7b8757ac1ae807995b90d3c325da84d38a56da1a9ba
159	2026-12-07T01:36:16.319Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	aa7a4c0016d25be06890f7b8757ac1ae807995b90d3c325da84d38a56da1a9ba	ee9e43418b297fd6ad0c5e2c30e6953d123228b29bb4bee9460a837cf172509a
160	2026-12-07T01:36:16.319Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	ee9e43418b297fd6ad0c5e2c30e6953d123228b29bb4bee9460a837cf172509a	0ca5284d3898e4c08c9d27151dfcb4e92ac93e4202269fd9c641e97437d578c6
161	2026-12-07T01:36:16.324Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	0ca5284d3898e4c08c9d27151dfcb4e92ac93e4202269fd9c641e97437d578c6	37b8ee3e9eeaa5692bc8c319caa305429c95adaeaa27f5c9dc11ac61d4703819
162	2026-12-07T01:36:16.324Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	37b8ee3e9eeaa5692bc8c319caa305429c95adaeaa27f5c9dc11ac61d4703819	f2d5a01dee33ba3010f736e98ab73aae11d33d9f35378c8e7a8044c38fe1f060
163	2026-12-07T01:36:16.324Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f2d5a01dee33ba3010f736e98ab73aae11d33d9f35378c8e7a8044c38fe1f060	09369c1ffe7b6291305e6d0a22bdb23e4bf00da88ed771d787bb4959189d063a
164	2026-12-07T01:36:16.325Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	09369c1ffe7b6291305e6d0a22bdb23e4bf00da88ed771d787bb4959189d063a	9f077f6dd20c1afc381534bb4ca8f14b0d1d75ca90159fa5da5f29399db587cc
165	2026-12-07T01:36:16.325Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	9f077f6dd20c1afc381534bb4ca8f14b0d1d75ca90159fa5da5f29399db587cc	184b2ba225b44441f7279184dceadd14485cb1640dabd45ba64e80bce69e60bb
166	2026-12-07T01:36:16.326Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	184b2ba225b44441f7279184dceadd14485cb1640dabd45ba64e80bce69e60bb	c3caab1c24316cdaf2532d3226a627ddc8a299fe416b860890f831502f35215b
167	2026-12-07T01:36:16.326Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	c3caab1c24316cdaf2532d3226a627ddc8a299fe416b860890f831502f35215b	c31ab93dce9b0a33a722babea66deb38aebb30fc24369289831b9a214dcbc816
168	2026-12-07T01:36:16.326Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c31ab93dce9b0a33a722babea66deb38aebb30fc24369289831b9a214dcbc816	e0fb73a0b76a18bb204cf1a06f9b934552939b27d2f1b2be5bad75ae09ea6312
169	2026-12-07T01:36:16.326Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	e0fb73a0b76a18bb204cf1a06f9b934552939b27d2f1b2be5bad75ae09ea6312	1ae338de22b470eed26e43dac25eaeeb11ec6375421e5bd76116df2e568a7b8b
170	2026-12-07T01:36:16.327Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1ae338de22b470eed26e43dac25eaeeb11ec6375421e5bd76116df2e568a7b8b	7ccd2d59de970e3db7a60461fc51e45c3fe3a32375e002786e942714fa584935
171	2026-12-07T01:36:16.327Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	7ccd2d59de970e3db7a60461fc51e45c3fe3a32375e002786e942714fa584935	245399dceff2b6c0c50cf4ef7e47658098e0b3a366540fc531b680a4c5a88005
172	2026-12-07T01:36:16.328Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	245399dceff2b6c0c50cf4ef7e47658098e0b3a366540fc531b680a4c5a88005	7b4f4f6def94bd54f403bf147746ba9d23f1a37a706e6ee69270ae8e336d8de8
173	2026-12-07T01:36:16.328Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	7b4f4f6def94bd54f403bf147746ba9d23f1a37a706e6ee69270ae8e336d8de8	5a1796f6ba9a88bb952272dcdf9fe82212bd739c687c28cba7a6908e980cbcbf
174	2026-12-07T01:36:16.330Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5a1796f6ba9a88bb952272dcdf9fe82212bd739c687c28cba7a6908e980cbcbf	017d66d811727feb6711936ddeea757524d2494d758791315d78a6b3edd7e39b
175	2026-12-07T01:36:16.330Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	017d66d811727feb6711936ddeea757524d2494d758791315d78a6b3edd7e39b	a5e84504ac2f00d8ab4532fcd992a1e90a120e22f5afc02ac47526c6b83c057c
176	2026-12-07T01:36:16.331Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	a5e84504ac2f00d8ab4532fcd992a1e90a120e22f5afc02ac47526c6b83c057c	0d90395683070ca32b0d9bf77eee0f7ff792124bd4caaccee2484dced705e1a5
177	2026-12-07T01:36:16.331Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	0d90395683070ca32b0d9bf77eee0f7ff792124bd4caaccee2484dced705e1a5	a3a7e6fd4cd5a1db8a0742ee4d27de0d85209ce95c2c35d73319a2a546cc5ec5
178	2026-12-07T01:36:16.331Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a3a7e6fd4cd5a1db8a0742ee4d27de0d85209ce95c2c35d73319a2a546cc5ec5	434371a2297db8c2b9975ac1d651a36254ce8f0976fd553836a4d322b012d383
179	2026-12-07T01:36:16.332Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	434371a2297db8c2b9975ac1d651a36254ce8f0976fd553836a4d322b012d383	779252d09ac485abd9ed1d8e198b09ec6f32ee4f1a52a5088abc8d21f0b77a94
180	2026-12-07T01:36:16.332Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	779252d09ac485abd9ed1d8e198b09ec6f32ee4f1a52a5088abc8d21f0b77a94	49b8e7f2ecef6753cdd0dd06e297ed2127d018764576ff602abc2be17a524089
181	2026-12-07T01:36:16.332Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	49b8e7f2ecef6753cdd0dd06e297ed2127d018764576ff602abc2be17a524089	afdb7718b853dac0c44222f78c7e5d7d5b6995b21e4a7d443612330d0e4159f1
182	2026-12-07T01:36:16.333Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	afdb7718b853dac0c44222f78c7e5d7d5b6995b21e4a7d443612330d0e4159f1	2bfad033a53098fd0891c0e49a7890d0af291627970674cf389a9b4d6599efa9
183	2026-12-07T01:36:16.333Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2bfad033a53098fd0891c0e49a7890d0af291627970674cf389a9b4d6599efa9	2dca511c7ffa9cb47ab6f6ebe5eb933e9c71e805821983e4fb94185157f2c500
184	2026-12-07T01:36:16.333Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	2dca511c7ffa9cb47ab6f6ebe5eb933e9c71e805821983e4fb94185157f2c500	3e1483f101ecb32a066fc862bc36810ec479e5bd5578080273be766274294b56
185	2026-12-07T01:36:16.334Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3e1483f101ecb32a066fc862bc36810ec479e5bd5578080273be766274294b56	9774b7623f464a451c96a6466eb969e382a75d94bd96c02faeea5f8f38e45776
186	2026-12-07T01:36:16.334Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	9774b7623f464a451c96a6466eb969e382a75d94bd96c02faeea5f8f38e45776	97e2c87e9c75c1a89e19cc9a41484a394fc0ef3d40e42ec7e8fe27e78d1a45ee
187	2026-12-07T01:36:16.334Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	97e2c87e9c75c1a89e19cc9a41484a394fc0ef3d40e42ec7e8fe27e78d1a45ee	399c633d28382f5abad2bf4f6ca29cfba4444d5cebf6808f10ec3571aa90777c
188	2026-12-07T01:36:16.334Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	399c633d28382f5abad2bf4f6ca29cfba4444d5cebf6808f10ec3571aa90777c	bc1458caf60ad04fd4d151620af3832fa60514ed3c9ed6f82249c20f1ee800ff
189	2026-12-07T01:36:16.335Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bc1458caf60ad04fd4d151620af3832fa60514ed3c9ed6f82249c20f1ee800ff	9cb2f715431fee05c00bc3a827a1ea5b05094579eb0443a21df4297f44dbfcd1
190	2026-12-07T01:36:16.335Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	9cb2f715431fee05c00bc3a827a1ea5b05094579eb0443a21df4297f44dbfcd1	d86b5d351e287cafba87b1db6e5f4ec2d1a8ff9fdd0fb34ef98186f554e545e5
191	2026-12-07T01:36:16.335Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	d86b5d351e287cafba87b1db6e5f4ec2d1a8ff9fdd0fb34ef98186f554e545e5	46c86d6bf1086570280998bf2d3bd9833c6c75f105c818a49d6e4ec3db292365
192	2026-12-07T01:36:16.336Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	46c86d6bf1086570280998bf2d3bd9833c6c75f105c818a49d6e4ec3db292365	a9ddb05fd81f4ee5e890930d1e15394742bda873278dbc48fbe9f298b696d58e
193	2026-12-07T01:36:16.336Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a9ddb05fd81f4ee5e890930d1e15394742bda873278dbc48fbe9f298b696d58e	1a9c15575f9e6a1df94d3d04c9109cddec2c3ada1ed449e87dfd50ec9eff0437
194	2026-12-07T01:36:16.336Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1a9c15575f9e6a1df94d3d04c9109cddec2c3ada1ed449e87dfd50ec9eff0437	c5dfdd61e63e871e4ca47c2845adc9084967232005b75c3d205b2ca75497c183
195	2026-12-07T01:36:16.337Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	c5dfdd61e63e871e4ca47c2845adc9084967232005b75c3d205b2ca75497c183	c71a2478460d1df1fd00e5e0ce600f001acb9793cde5c55c21a5e948a0b7a5c4
196	2026-12-07T01:36:16.337Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c71a2478460d1df1fd00e5e0ce600f001acb9793cde5c55c21a5e948a0b7a5c4	0122e07bce5f6a5641c8afe20dd4a973c85509dc72cfe021c8a6dea7cb28b880
197	2026-12-07T01:36:16.337Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	0122e07bce5f6a5641c8afe20dd4a973c85509dc72cfe021c8a6dea7cb28b880	4a3739fdda4e56a18466a9ef5b40ddc3195dea4be220b2f1b77dbd005cc3b1f0
198	2026-12-07T01:36:16.337Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4a3739fdda4e56a18466a9ef5b40ddc3195dea4be220b2f1b77dbd005cc3b1f0	a5c03e611cb019bd20c44f623d291bdc70b69a952527400f461db35e1b786cca
199	2026-12-07T01:36:16.338Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	a5c03e611cb019bd20c44f623d291bdc70b69a952527400f461db35e1b786cca	ca251b3c70a8ae5c758680189a2adf8cbdd05f7e6a73d388468304cd087038fc
200	2026-12-07T01:36:16.338Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ca251b3c70a8ae5c758680189a2adf8cbdd05f7e6a73d388468304cd087038fc	2788eb949149e6ed69e3289a6f128e8743ab831a85a70f3145c1727c740542d4
201	2026-12-07T01:36:16.338Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	2788eb949149e6ed69e3289a6f128e8743ab831a85a70f3145c1727c740542d4	73ebc32a78edcf70c322a8eff3c99e905b9a3a59c23f9eb451a39ddc16ce1d48
202	2026-12-07T01:36:16.339Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	73ebc32a78edcf70c322a8eff3c99e905b9a3a59c23f9eb451a39ddc16ce1d48	23683cb561d48e9dd298e4e4bb48089a00005871c95a9bd3884ead914eeb3678
203	2026-12-07T01:36:16.339Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	23683cb561d48e9dd298e4e4bb48089a00005871c95a9bd3884ead914eeb3678	db8bcb14d6033c322d129a3cb06ce2725f88353d0448e0b0758f725291ed8e2d
204	2026-12-07T01:36:16.340Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	db8bcb14d6033c322d129a3cb06ce2725f88353d0448e0b0758f725291ed8e2d	a6949f090c54107b410838223322f25d2c78e190795f0452707f7edd2a6f622d
205	2026-12-07T01:36:16.340Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	a6949f090c54107b410838223322f25d2c78e190795f0452707f7edd2a6f622d	16e78eb4dbc73d66cbc74f4c9c603bff544838a1ae9f4afc0439c192162d03dd
206	2026-12-07T01:36:16.340Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	16e78eb4dbc73d66cbc74f4c9c603bff544838a1ae9f4afc0439c192162d03dd	b974bba3e10b4a7c136177ddb3db7a9a6ba2dfaa901a843a39571177d7504c46
207	2026-12-07T01:36:16.340Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	b974bba3e10b4a7c136177ddb3db7a9a6ba2dfaa901a843a39571177d7504c46	75c96337bbad09c67667f712ab74bd2d20c31bd54ff9226c8f986307a805775a
208	2026-12-07T01:36:16.341Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	75c96337bbad09c67667f712ab74bd2d20c31bd54ff9226c8f986307a805775a	7318b2eff9aeb87d2523f03b827a6ad1f495c29346891bb07093696f6f491c68
209	2026-12-07T01:36:16.341Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7318b2eff9aeb87d2523f03b827a6ad1f495c29346891bb07093696f6f491c68	bc5383a616070aa0f420dacc727be20a0670240d6629d3f487d5df07bb760787
210	2026-12-07T01:36:16.341Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	bc5383a616070aa0f420dacc727be20a0670240d6629d3f487d5df07bb760787	e27df07bb918fe7c8fb865e31a6f713342d200e193d8534e394999704645da19
211	2026-12-07T01:36:16.342Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e27df07bb918fe7c8fb865e31a6f713342d200e193d8534e394999704645da19	d88bdff1ea0b38a46d09fbd1b40753e3ecccb591b87fed86dd863aa33e3e15fb
212	2026-12-07T01:36:16.342Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	d88bdff1ea0b38a46d09fbd1b40753e3ecccb591b87fed86dd863aa33e3e15fb	fe661054c2d5f2e080e76287884ab0e7f2b8c157809a1f88f240ec2758ecd5a9
213	2026-12-07T01:36:16.342Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fe661054c2d5f2e080e76287884ab0e7f2b8c157809a1f88f240ec2758ecd5a9	dbe60781c39f64b357a1d5c13a7ce4f6b4eb434ef9a4f3ecc852fef408cbfb29
214	2026-12-07T01:36:16.342Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	dbe60781c39f64b357a1d5c13a7ce4f6b4eb434ef9a4f3ecc852fef408cbfb29	341ad7b1bf423ee1cfdb0f213da6cc217a02b124316e30f6d8f6ab3c0c73a694
215	2026-12-07T01:36:16.343Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	341ad7b1bf423ee1cfdb0f213da6cc217a02b124316e30f6d8f6ab3c0c73a694	81f3a84a01775884e06a43c44a4203cb351a7688ff95cc67b7bae1662379b11b
216	2026-12-07T01:36:16.343Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	81f3a84a01775884e06a43c44a4203cb351a7688ff95cc67b7bae1662379b11b	2a10910b34573871b43f4dad592bb3263dd46325ffee4d56a6316cb71af9c07d
217	2026-12-07T01:36:16.344Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2a10910b34573871b43f4dad592bb3263dd46325ffee4d56a6316cb71af9c07d	b6f1f718b1ddb59bc32235a492998b16d9061ac16e9aa3b506880b14fee46296
218	2026-12-07T01:36:16.344Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	b6f1f718b1ddb59bc32235a492998b16d9061ac16e9aa3b506880b14fee46296	c0224e604dfd1072df2d22bf2359feb43d03a952763c309db98c15e29617fc65
219	2026-12-07T01:36:16.344Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c0224e604dfd1072df2d22bf2359feb43d03a952763c309db98c15e29617fc65	c8a72355bec3a88fce6cb5811b670aebe0b15d447667e2a923db94a7d2e808a4
220	2026-12-07T01:36:16.345Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	c8a72355bec3a88fce6cb5811b670aebe0b15d447667e2a923db94a7d2e808a4	9373f06d6ec71ac4d116a462b7e44233ae4a5f184aba7392cef05fe7cd70e336
221	2026-12-07T01:36:16.345Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	9373f06d6ec71ac4d116a462b7e44233ae4a5f184aba7392cef05fe7cd70e336	206a6140bdec9ccb9e22b5d4b9ed55ae1d4b8566852a518bdcb6d295f93a06a7
222	2026-12-07T01:36:16.345Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	206a6140bdec9ccb9e22b5d4b9ed55ae1d4b8566852a518bdcb6d295f93a06a7	65a9f03a73276b545b5b89c4a3e5a25d8dc5c26dc81dc8e223afa8d1623d91c6
223	2026-12-07T01:36:16.346Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	65a9f03a73276b545b5b89c4a3e5a25d8dc5c26dc81dc8e223afa8d1623d91c6	4073122d4dca2436790af778ea0ba118f6de8efe09d9b80d5ad2e8f7ae5fd476
224	2026-12-07T01:36:16.346Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4073122d4dca2436790af778ea0ba118f6de8efe09d9b80d5ad2e8f7ae5fd476	d7d96cc069916e88291f5e69369b21136d424c0927601760db3eb88806dd5df0
225	2026-12-07T01:36:16.346Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	d7d96cc069916e88291f5e69369b21136d424c0927601760db3eb88806dd5df0	b3b064dbea82ee5433c72b8a350366e2e3e936dfae07175391827eb5ea12d937
226	2026-12-07T01:36:16.347Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b3b064dbea82ee5433c72b8a350366e2e3e936dfae07175391827eb5ea12d937	dfad93ee4fecf35f3d3752be852db7506e980704fb5da53571b1d4e48e9c9bb7
227	2026-12-07T01:36:16.347Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	dfad93ee4fecf35f3d3752be852db7506e980704fb5da53571b1d4e48e9c9bb7	678ba66c3d3c42cb719aa3f33a97d9ffd2c3eec52c6362fbcd5ad4a13d0e9223
228	2026-12-07T01:36:16.347Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	678ba66c3d3c42cb719aa3f33a97d9ffd2c3eec52c6362fbcd5ad4a13d0e9223	ebe999c71212ad6b883287fbbb3f909c67cc6c4bc37c4e3c112a110b9122d630
229	2026-12-07T01:36:16.347Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	ebe999c71212ad6b883287fbbb3f909c67cc6c4bc37c4e3c112a110b9122d630	ea0cb6fac0fa4a1db6fcf82844d7bf9b1873ee04e0cb8afd1040b9f2544e8e97
230	2026-12-07T01:36:16.348Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ea0cb6fac0fa4a1db6fcf82844d7bf9b1873ee04e0cb8afd1040b9f2544e8e97	7ba967fae86f2a7c74c4c174144d2f1a99e913105080643d6f7e4a3949e50a55
231	2026-12-07T01:36:16.348Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	7ba967fae86f2a7c74c4c174144d2f1a99e913105080643d6f7e4a3949e50a55	5de7166456ace58a81bb743cd35626a4fcbbcf60cb4d68126dfc53d9309e6fed
232	2026-12-07T01:36:16.348Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5de7166456ace58a81bb743cd35626a4fcbbcf60cb4d68126dfc53d9309e6fed	6db113e08e77aa3597138e74e65ef8911b2e4df5bcc44ef649f485592977f137
233	2026-12-07T01:36:16.349Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	6db113e08e77aa3597138e74e65ef8911b2e4df5bcc44ef649f485592977f137	a795f7d73bc69499587d7aebfeaf66cf4e4111dc17f32a9aab609aa38aa536cf
234	2026-12-07T01:36:16.514Z	\N	system	create	user	1	\N	{"created_at":1796607376,"disabled":false,"display_name":"Quản trị hệ thống","id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	a795f7d73bc69499587d7aebfeaf66cf4e4111dc17f32a9aab609aa38aa536cf	809468578a1fbf6cfa9813b3223eafab9f2f3c557f5cb20b5a4784735c800fa1
235	2026-12-07T01:36:16.701Z	\N	system	create	user	2	\N	{"created_at":1796607376,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	809468578a1fbf6cfa9813b3223eafab9f2f3c557f5cb20b5a4784735c800fa1	7c41dabdb5d7c65f0f0d5df19af801336908d0a989c10464e1b79af2ec5a3e8f
236	2026-12-07T01:36:16.898Z	\N	system	create	user	3	\N	{"created_at":1796607376,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	7c41dabdb5d7c65f0f0d5df19af801336908d0a989c10464e1b79af2ec5a3e8f	1f05e59bd47b7c08768db7bcb26d79280d133062d21393db1f672627384e2156
237	2026-12-07T01:36:17.100Z	\N	system	create	user	4	\N	{"created_at":1796607377,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	1f05e59bd47b7c08768db7bcb26d79280d133062d21393db1f672627384e2156	f613faffbf9503a5bfb08df609d79a8e19f8bce32541af4fc4f3c35f98e5e915
238	2026-12-07T01:36:17.342Z	\N	system	create	user	5	\N	{"created_at":1796607377,"disabled":false,"display_name":"Cán bộ phường Long Bình","id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	f613faffbf9503a5bfb08df609d79a8e19f8bce32541af4fc4f3c35f98e5e915	b3a449e9765df553a0eaf9039aa5bf990108f3c74ec2ce8989a9d3304f4583a9
\.


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttle (key, failures, window_start) FROM stdin;
\.


--
-- Data for Name: org_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_revision (id, rev) FROM stdin;
1	108
\.


--
-- Data for Name: org_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_unit (id, kind, code, name, parent_id, valid_from, valid_to, predecessor_id, successor_id, search_key, sort_key, created_at, updated_at) FROM stdin;
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:36:16.154662+00	2026-12-07 01:36:16.154662+00
\.


--
-- Data for Name: role_grant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.role_grant (id, user_id, role, unit_id) FROM stdin;
1	1	admin	1
2	2	supervisor	2
3	3	leader	2
4	4	unit_head	18
5	5	officer	25
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_version (version, summary, applied_at) FROM stdin;
1	organisation: units and people	2026-12-07 01:36:16.102248+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:36:16.125143+00
3	org_revision: a counter every change to the unit tree bumps (for caches)	2026-12-07 01:36:16.145734+00
\.


--
-- Data for Name: session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.session (token_hash, user_id, csrf, created_at, last_seen, expires_at) FROM stdin;
\.


--
-- Name: api_token_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_token_id_seq', 1, false);


--
-- Name: app_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.app_user_id_seq', 5, true);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_entry_id_seq', 238, true);


--
-- Name: org_unit_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.org_unit_id_seq', 108, true);


--
-- Name: person_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_id_seq', 125, true);


--
-- Name: role_grant_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.role_grant_id_seq', 5, true);


--
-- Name: api_token api_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token
    ADD CONSTRAINT api_token_pkey PRIMARY KEY (id);


--
-- Name: api_token api_token_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token
    ADD CONSTRAINT api_token_token_hash_key UNIQUE (token_hash);


--
-- Name: app_user app_user_login_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_login_key UNIQUE (login);


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: login_throttle login_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttle
    ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (key);


--
-- Name: org_revision org_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_revision
    ADD CONSTRAINT org_revision_pkey PRIMARY KEY (id);


--
-- Name: org_unit org_unit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_code_key UNIQUE (code);


--
-- Name: org_unit org_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_pkey PRIMARY KEY (id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: role_grant role_grant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT role_grant_pkey PRIMARY KEY (id);


--
-- Name: role_grant role_grant_user_id_role_unit_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT role_grant_user_id_role_unit_id_key UNIQUE (user_id, role, unit_id);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (token_hash);


--
-- Name: api_token_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_token_by_user ON public.api_token USING btree (user_id, id);


--
-- Name: audit_by_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_by_actor ON public.audit_entry USING btree (actor_id, id);


--
-- Name: audit_by_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_by_entity ON public.audit_entry USING btree (entity, entity_id, id);


--
-- Name: org_unit_by_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX org_unit_by_kind ON public.org_unit USING btree (kind, sort_key);


--
-- Name: org_unit_by_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX org_unit_by_parent ON public.org_unit USING btree (parent_id, sort_key);


--
-- Name: org_unit_by_sort; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX org_unit_by_sort ON public.org_unit USING btree (sort_key);


--
-- Name: person_by_sort; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_by_sort ON public.person USING btree (sort_key);


--
-- Name: person_by_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_by_unit ON public.person USING btree (unit_id, sort_key);


--
-- Name: session_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_by_user ON public.session USING btree (user_id);


--
-- Name: org_unit org_unit_bump; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER org_unit_bump AFTER INSERT OR DELETE OR UPDATE ON public.org_unit FOR EACH STATEMENT EXECUTE FUNCTION public.org_revision_bump();


--
-- Name: api_token api_token_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token
    ADD CONSTRAINT api_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- Name: app_user app_user_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: org_unit org_unit_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.org_unit(id);


--
-- Name: org_unit org_unit_predecessor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_predecessor_id_fkey FOREIGN KEY (predecessor_id) REFERENCES public.org_unit(id);


--
-- Name: org_unit org_unit_successor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_successor_id_fkey FOREIGN KEY (successor_id) REFERENCES public.org_unit(id);


--
-- Name: person person_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.org_unit(id);


--
-- Name: role_grant role_grant_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT role_grant_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.org_unit(id);


--
-- Name: role_grant role_grant_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT role_grant_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- Name: session session_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 1cH60jWsUQ6oO0fk96xiobAuWvxPRU4vKLNiJo6Iu7ksK7K49sm3UvEV50vMT1Y

