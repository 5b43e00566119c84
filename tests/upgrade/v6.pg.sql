--
-- PostgreSQL database dump
--

\restrict 72Sjfcg8Gc5hiPsOxXZjIEN3V6fAAjqjGDtsgWAhFEqqkdhHcelaoyWHWRhKa9n

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
    AS $$ BEGIN  IF coalesce(current_setting('dieuhanh.org_bumped', true), '')     <> txid_current()::text THEN   PERFORM set_config('dieuhanh.org_bumped', txid_current()::text, true);   UPDATE org_revision SET rev = rev + 1 WHERE id = 1;  END IF;  RETURN NULL; END $$;


--
-- Name: target_revision_bump(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.target_revision_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN  IF coalesce(current_setting('dieuhanh.target_bumped', true), '')     <> txid_current()::text THEN   PERFORM set_config('dieuhanh.target_bumped', txid_current()::text, true);   UPDATE target_revision SET rev = rev + 1 WHERE id = 1;  END IF;  RETURN NULL; END $$;


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
    created_at bigint NOT NULL,
    home_unit_id bigint
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
-- Name: measurement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measurement (
    id bigint NOT NULL,
    target_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    period_no integer NOT NULL,
    value double precision NOT NULL,
    note text,
    evidence text,
    reporter_id bigint,
    reporter text NOT NULL,
    reported_at bigint NOT NULL,
    supersedes_id bigint,
    superseded_by bigint
);


--
-- Name: measurement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.measurement ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.measurement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
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
-- Name: target; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.target (
    id bigint NOT NULL,
    code text NOT NULL,
    year integer NOT NULL,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    kind text NOT NULL,
    unit_of_measure text DEFAULT ''::text NOT NULL,
    direction text NOT NULL,
    target_low double precision NOT NULL,
    target_high double precision,
    baseline double precision,
    owner_unit_id bigint NOT NULL,
    leader_person_id bigint,
    parent_id bigint,
    rollup text DEFAULT 'none'::text NOT NULL,
    weight double precision DEFAULT 1 NOT NULL,
    period text NOT NULL,
    due_days integer DEFAULT 5 NOT NULL
);


--
-- Name: target_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.target ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.target_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: target_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.target_revision (
    id integer NOT NULL,
    rev bigint NOT NULL,
    CONSTRAINT target_revision_id_check CHECK ((id = 1))
);


--
-- Data for Name: api_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_token (id, token_hash, user_id, name, created_at, last_used, revoked_at) FROM stdin;
\.


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.app_user (id, login, display_name, person_id, password_hash, disabled, created_at, home_unit_id) FROM stdin;
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$ZFrs+rJDbcLpASHeaesJKw$BewKLOel6SW5w1bkyh35PZr6kfT3lKUth2tVWe7n80E	f	1796607645	1
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$H6U/8GDEu/bux9ucMeeNbw$siHaWJFtuCzvW/afk2DO2tL3U64TjuksnNF4HX672Vs	f	1796607645	2
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$MWUku5XBCAMK77tdLlBd6w$QvYTYikgvyC1GkEKOSRU8RXcP1VDLiLOyyFEstLzoNg	f	1796607646	2
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$QvdjB1l5BvLhebuD0nGHJg$EIjkQ1ZtSPUVGXEhy5r3fncbV2xlQ65z207cPli7zwU	f	1796607647	18
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$P2ZjZoRdhHZDsBb9/TLi7w$2HXCc9L/XsGLuBsxKMgYe0ocjFe6Js8kndayKGQfsNc	f	1796607648	25
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:40:43.797Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	7ceacf0584ebd4101618fa63f6b5ce355b3f2d4e09d3c5c3d688f3bee4bce459
2	2026-12-07T01:40:43.805Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	7ceacf0584ebd4101618fa63f6b5ce355b3f2d4e09d3c5c3d688f3bee4bce459	777a6fa96d71d32e2f5528f4f58162a82eae9af26bf6313aa41c6a72d39c0d69
3	2026-12-07T01:40:43.809Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	777a6fa96d71d32e2f5528f4f58162a82eae9af26bf6313aa41c6a72d39c0d69	0087b5bf915469eeb44a42c4efcc86096534f8d7085ec10a9e7a211f18d06a78
4	2026-12-07T01:40:43.811Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	0087b5bf915469eeb44a42c4efcc86096534f8d7085ec10a9e7a211f18d06a78	3041281441a0b752e7811859228fdc03f68e0dee1e9e382fc1e68de678a72565
5	2026-12-07T01:40:43.816Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	3041281441a0b752e7811859228fdc03f68e0dee1e9e382fc1e68de678a72565	afae6e6db37bfda3689f56e40253010613d448d30f3de634ac9cc2acb34f9aca
6	2026-12-07T01:40:43.816Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	afae6e6db37bfda3689f56e40253010613d448d30f3de634ac9cc2acb34f9aca	17f0129a15139e86db0cfe1fd82fb77d78f38aa1c3c8125814332479ed4695b5
7	2026-12-07T01:40:43.819Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	17f0129a15139e86db0cfe1fd82fb77d78f38aa1c3c8125814332479ed4695b5	28d9dadea2ea92233b41d0f9271b236cb2670dfc3e1b59806f755d35b105c253
8	2026-12-07T01:40:43.823Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	28d9dadea2ea92233b41d0f9271b236cb2670dfc3e1b59806f755d35b105c253	d43155fb3bb11a865c2cf3a6fe30daf96bf2d61b842ed7ea34f59db2e9e38b69
9	2026-12-07T01:40:43.824Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	d43155fb3bb11a865c2cf3a6fe30daf96bf2d61b842ed7ea34f59db2e9e38b69	22442888433a73b5b045f150d8c8d6d8d07a98e94aa7acc73a491bf3347bdfdd
10	2026-12-07T01:40:43.824Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	22442888433a73b5b045f150d8c8d6d8d07a98e94aa7acc73a491bf3347bdfdd	93185c52cf4f4ba0a42db264555882b4442e1171f0f310a4379c1c5dbdac6334
11	2026-12-07T01:40:43.826Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	93185c52cf4f4ba0a42db264555882b4442e1171f0f310a4379c1c5dbdac6334	770552f2a6817fa3a553ed37a1e6a78ee942e6510bb73667fb7d7c8629cc0030
12	2026-12-07T01:40:43.827Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	770552f2a6817fa3a553ed37a1e6a78ee942e6510bb73667fb7d7c8629cc0030	adb123f0badd23d94603f6651deea9f9db505cfa285f7ed821ce302d55fea177
13	2026-12-07T01:40:43.828Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	adb123f0badd23d94603f6651deea9f9db505cfa285f7ed821ce302d55fea177	f77c3d6b4435a7b544faf032e7fdc30a27021d9fa144dbf87222640d77dffacf
14	2026-12-07T01:40:43.828Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	f77c3d6b4435a7b544faf032e7fdc30a27021d9fa144dbf87222640d77dffacf	09a63ce821b4c9a0194505e17af84409359c552b50cead5ed152e5e37965e31a
15	2026-12-07T01:40:43.829Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	09a63ce821b4c9a0194505e17af84409359c552b50cead5ed152e5e37965e31a	1b9a83bfb80edda8fd76fef5feff902b22ca165ff21e3ac19468510042af823c
16	2026-12-07T01:40:43.829Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	1b9a83bfb80edda8fd76fef5feff902b22ca165ff21e3ac19468510042af823c	79eaf6cfadd957a01d4cceeeef4a2ff2867cc3cda97d2da964f8169ffe859a76
17	2026-12-07T01:40:43.830Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	79eaf6cfadd957a01d4cceeeef4a2ff2867cc3cda97d2da964f8169ffe859a76	6cdd2851fcd6f8f2c64670447b9b9a75f3b61948811b653793cac20022e7d91a
18	2026-12-07T01:40:43.831Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	6cdd2851fcd6f8f2c64670447b9b9a75f3b61948811b653793cac20022e7d91a	694a35133404854d45e2b75b9e367d338ccf56d107442167a7a127c11a13a7ae
19	2026-12-07T01:40:43.832Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	694a35133404854d45e2b75b9e367d338ccf56d107442167a7a127c11a13a7ae	788699c8e070e27568ad949065bb3e9f56789fe8735cb84451e87bb69be9c06a
20	2026-12-07T01:40:43.832Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	788699c8e070e27568ad949065bb3e9f56789fe8735cb84451e87bb69be9c06a	95e38fb0091ce9e752e67b826dd412a005067e75591cc17d810b0f66f616bf91
21	2026-12-07T01:40:43.838Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	95e38fb0091ce9e752e67b826dd412a005067e75591cc17d810b0f66f616bf91	5de872a7e015ff54afea280b6976a990d7046aa999beaa2a867ea6af2b57ac0f
22	2026-12-07T01:40:43.838Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	5de872a7e015ff54afea280b6976a990d7046aa999beaa2a867ea6af2b57ac0f	3ab913a04b425767d3d4f0b80cc2c8ce0fd97e6af15b45f93e8b89378d1fa9f9
23	2026-12-07T01:40:43.840Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3ab913a04b425767d3d4f0b80cc2c8ce0fd97e6af15b45f93e8b89378d1fa9f9	1fda5fd5d25ec927756aeb8e21b02cd746fc63b08f0dc5d058ccd473ef27f727
24	2026-12-07T01:40:43.841Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	1fda5fd5d25ec927756aeb8e21b02cd746fc63b08f0dc5d058ccd473ef27f727	15746d1a247154b3330a06051823ff9f6c2f5beea67ce1f72e7c0a183e543030
25	2026-12-07T01:40:43.842Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	15746d1a247154b3330a06051823ff9f6c2f5beea67ce1f72e7c0a183e543030	368200ceb41eb2e8659a972b00a282699eb6e0216335d7cdba85d6a91e764375
26	2026-12-07T01:40:43.843Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	368200ceb41eb2e8659a972b00a282699eb6e0216335d7cdba85d6a91e764375	465f7efc31f89e7235df2b1d08b935e30445fa427251862825be7301355099f5
27	2026-12-07T01:40:43.843Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	465f7efc31f89e7235df2b1d08b935e30445fa427251862825be7301355099f5	e53e8aa33368927ed8c8863df17a5cec082fcb9b42154ca387a51944800596a7
28	2026-12-07T01:40:43.849Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	e53e8aa33368927ed8c8863df17a5cec082fcb9b42154ca387a51944800596a7	432a57766395c91b4f7a8eb30f90cf3c9a41324427e347ec09d02dd92d37d8cc
29	2026-12-07T01:40:43.850Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	432a57766395c91b4f7a8eb30f90cf3c9a41324427e347ec09d02dd92d37d8cc	31dfbbe6d421b8480259b8326b3021399ef8c2a373b02d64c7ab76dea041f42b
30	2026-12-07T01:40:43.850Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	31dfbbe6d421b8480259b8326b3021399ef8c2a373b02d64c7ab76dea041f42b	e1136c269bf956a7c2a3a64c15650bb9d55d4fbf411a71e9ff98511802f2fdf0
31	2026-12-07T01:40:43.851Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e1136c269bf956a7c2a3a64c15650bb9d55d4fbf411a71e9ff98511802f2fdf0	eee2d5cfd282f9d66ab33ab45813616a197fc1053186b32b7745260540040ad3
32	2026-12-07T01:40:43.851Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	eee2d5cfd282f9d66ab33ab45813616a197fc1053186b32b7745260540040ad3	a19b9b8e705e3d60366312d25ec5a55c171b06362bff0a18400db23bea537768
33	2026-12-07T01:40:43.851Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a19b9b8e705e3d60366312d25ec5a55c171b06362bff0a18400db23bea537768	706ce8ff59604cb346dcad77906bfe5ee7ebd7f9c30441590e998bdd3e5761a5
34	2026-12-07T01:40:43.852Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	706ce8ff59604cb346dcad77906bfe5ee7ebd7f9c30441590e998bdd3e5761a5	82927120e745be4789f16253bc40524bfd44ddcf4e3ca26c8a428502923c1986
35	2026-12-07T01:40:43.854Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	82927120e745be4789f16253bc40524bfd44ddcf4e3ca26c8a428502923c1986	0e8dfa26d9d618ead638eef88097057006abf7a4df567bbc4c7dfeb7a2e3ee81
36	2026-12-07T01:40:43.854Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	0e8dfa26d9d618ead638eef88097057006abf7a4df567bbc4c7dfeb7a2e3ee81	4eb572c0691fb08274e298e57f65282dc761ff93d9bcdb9fb23e1ccec1925546
37	2026-12-07T01:40:43.854Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4eb572c0691fb08274e298e57f65282dc761ff93d9bcdb9fb23e1ccec1925546	46b0b812a61fe403244afefd53b78856952c72544b8b5592430626ea8b1e3748
38	2026-12-07T01:40:43.861Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	46b0b812a61fe403244afefd53b78856952c72544b8b5592430626ea8b1e3748	112be2f8aad72fd200f98b750b32bb16892ff8d0af68804a2b1a1b56973f77fe
39	2026-12-07T01:40:43.862Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	112be2f8aad72fd200f98b750b32bb16892ff8d0af68804a2b1a1b56973f77fe	a58cb4edf850675ec7d4ab2b89f938d062cbf4247c2e9db0c8d50677c2630070
40	2026-12-07T01:40:43.879Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	a58cb4edf850675ec7d4ab2b89f938d062cbf4247c2e9db0c8d50677c2630070	ef38e0b1295abb78187be1f212ea1e7f7cdcf7c621a4e10cab3f4302c4e54dc6
41	2026-12-07T01:40:43.880Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	ef38e0b1295abb78187be1f212ea1e7f7cdcf7c621a4e10cab3f4302c4e54dc6	b3755854aa82c8cfa3e213be987f5a9c2b983054c710ae4eac488dd18bce68d0
42	2026-12-07T01:40:43.880Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	b3755854aa82c8cfa3e213be987f5a9c2b983054c710ae4eac488dd18bce68d0	1c0f11c5ab2c61ae2e778f88e081dd2921a0657cb6ebad70e2ca18b2d3fa0a5b
43	2026-12-07T01:40:43.885Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1c0f11c5ab2c61ae2e778f88e081dd2921a0657cb6ebad70e2ca18b2d3fa0a5b	4edc5b358d76f7d9946d8bc32654691af428280d697424353bf82c6112241999
44	2026-12-07T01:40:43.885Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4edc5b358d76f7d9946d8bc32654691af428280d697424353bf82c6112241999	acc3def5195f2a6d1e4f20e7fff8506c8dd6f6f5f4b6d92641d901da59bedb2d
45	2026-12-07T01:40:43.886Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	acc3def5195f2a6d1e4f20e7fff8506c8dd6f6f5f4b6d92641d901da59bedb2d	bd2fa24fe46a4596184d57c33b0d05e261ce5a23c4cd6629203085abb287cb8c
46	2026-12-07T01:40:43.886Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bd2fa24fe46a4596184d57c33b0d05e261ce5a23c4cd6629203085abb287cb8c	0fbaac4cde5d732d98be6a0bac7952a1fb0721afcb7299b9993d6a45f11d93ac
47	2026-12-07T01:40:43.887Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	0fbaac4cde5d732d98be6a0bac7952a1fb0721afcb7299b9993d6a45f11d93ac	d8c3d853fe75487e13f10ed15ea143b9f87437705a886480b427e0a7d1f8d582
48	2026-12-07T01:40:43.888Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d8c3d853fe75487e13f10ed15ea143b9f87437705a886480b427e0a7d1f8d582	562dfba396a1db29c9593e655711ea0ecdef4e103f55a0671fc90e0762baa2dd
49	2026-12-07T01:40:43.889Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	562dfba396a1db29c9593e655711ea0ecdef4e103f55a0671fc90e0762baa2dd	615eb9e47c24dd9ca941f6af53421db7152f8a757c13aed8b9d360ac7bd18ad7
50	2026-12-07T01:40:43.889Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	615eb9e47c24dd9ca941f6af53421db7152f8a757c13aed8b9d360ac7bd18ad7	2706e7f5639d731c2b032aea2b2cefc41b09d7b5640e5b8c823d7f770bf244ff
51	2026-12-07T01:40:43.889Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	2706e7f5639d731c2b032aea2b2cefc41b09d7b5640e5b8c823d7f770bf244ff	88d49daffaaf13fbff90d63d85e3891e4f1debc491be5146fde8085946475b1a
52	2026-12-07T01:40:43.893Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	88d49daffaaf13fbff90d63d85e3891e4f1debc491be5146fde8085946475b1a	2d0122d72240a1d4549079a05efc04f61d966b3074284e9b72b48b3c8e789580
53	2026-12-07T01:40:43.894Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	2d0122d72240a1d4549079a05efc04f61d966b3074284e9b72b48b3c8e789580	01f0ea1e0315f74febefc9b7c2530e2860df3e3928968bbd01768a67c1d972ce
54	2026-12-07T01:40:43.894Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	01f0ea1e0315f74febefc9b7c2530e2860df3e3928968bbd01768a67c1d972ce	aeb7cf3b7689c3c10c786db31b232edd3eb3f6e644d351fa50ae89ecf0cb51ad
55	2026-12-07T01:40:43.895Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	aeb7cf3b7689c3c10c786db31b232edd3eb3f6e644d351fa50ae89ecf0cb51ad	157bdc836c8e629af37391f3480a92108099e113afd295420cbb19bbd807a5e3
56	2026-12-07T01:40:43.896Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	157bdc836c8e629af37391f3480a92108099e113afd295420cbb19bbd807a5e3	4e2a571374b0a7a94c8570b62dc778bc44308c731773caa8f233dd4f90ea99ec
57	2026-12-07T01:40:43.896Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	4e2a571374b0a7a94c8570b62dc778bc44308c731773caa8f233dd4f90ea99ec	85e6f979ce044a0f9ad6bfd047478314d8c6dc5464aa369c1847c18ecec24c70
58	2026-12-07T01:40:43.902Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	85e6f979ce044a0f9ad6bfd047478314d8c6dc5464aa369c1847c18ecec24c70	3f7c8c39d1b2bdbfe5e541b0b485141392382f0731db0d8abfbc3de7a30d21a3
59	2026-12-07T01:40:43.903Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3f7c8c39d1b2bdbfe5e541b0b485141392382f0731db0d8abfbc3de7a30d21a3	e3c0e10d4e5efae6608f0b6b2fcdc45c07222ef7f77ab8bd2ebf019206a21bc2
60	2026-12-07T01:40:43.903Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	e3c0e10d4e5efae6608f0b6b2fcdc45c07222ef7f77ab8bd2ebf019206a21bc2	8932f260e5d302adf36245e9fb899583e2f853f6ace02704c2d305c42507838b
61	2026-12-07T01:40:43.903Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8932f260e5d302adf36245e9fb899583e2f853f6ace02704c2d305c42507838b	a20c125297a7373b1013325b354633b2ea92cf9c000b7534b3f6213df43e0e62
62	2026-12-07T01:40:43.907Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	a20c125297a7373b1013325b354633b2ea92cf9c000b7534b3f6213df43e0e62	c3b379b253ec7691fb9eeb5c79782d2a7a2071266eafb4806e55440e0d77a8fe
63	2026-12-07T01:40:43.908Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c3b379b253ec7691fb9eeb5c79782d2a7a2071266eafb4806e55440e0d77a8fe	c6339e96f09f8031630443e7e19a51fa1f68532ee19872a69ee91c1ff78faec1
64	2026-12-07T01:40:43.908Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	c6339e96f09f8031630443e7e19a51fa1f68532ee19872a69ee91c1ff78faec1	4c43463ccb9ca1d7be9d2e9ea11b6c2d925deb174334beeb9f64086291f8122d
65	2026-12-07T01:40:43.910Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4c43463ccb9ca1d7be9d2e9ea11b6c2d925deb174334beeb9f64086291f8122d	ee5aa6bda73eb15383e0e582fe44f407b47725b573ff42444b182b78c8876cb4
66	2026-12-07T01:40:43.910Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	ee5aa6bda73eb15383e0e582fe44f407b47725b573ff42444b182b78c8876cb4	d94ebace5beb58180ef3989ef2aa898c762606106b9eb53184186a12e64c9da8
67	2026-12-07T01:40:43.911Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d94ebace5beb58180ef3989ef2aa898c762606106b9eb53184186a12e64c9da8	ed1491211e586ed4ac91f35bd3d9738ef39a472527ef64a87867fb7c97fa4d0d
68	2026-12-07T01:40:43.912Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	ed1491211e586ed4ac91f35bd3d9738ef39a472527ef64a87867fb7c97fa4d0d	18b1e43bbb385dde87d1d4f70d96052e1680488ac062719a9a8865a18d17c003
69	2026-12-07T01:40:43.918Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	18b1e43bbb385dde87d1d4f70d96052e1680488ac062719a9a8865a18d17c003	32099f53dd736ed80e53e9b3773216e8e93c93578af4c8d4f717b93d09234eeb
70	2026-12-07T01:40:43.919Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	32099f53dd736ed80e53e9b3773216e8e93c93578af4c8d4f717b93d09234eeb	32898d6db975d26b1a5b8eb1b4032248991aa9022fce57d0a3d450fc76fcfcd6
71	2026-12-07T01:40:43.923Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	32898d6db975d26b1a5b8eb1b4032248991aa9022fce57d0a3d450fc76fcfcd6	449ceb3ab1a3b6a2fcf5b288a29d8a2bfd9c8413ab82e777236275eef4dc935a
72	2026-12-07T01:40:43.925Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	449ceb3ab1a3b6a2fcf5b288a29d8a2bfd9c8413ab82e777236275eef4dc935a	1c0cdcece649f4eae4a5509397de7d7f2bdfccc732a65aefe18f93f6d0edfa62
73	2026-12-07T01:40:43.926Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1c0cdcece649f4eae4a5509397de7d7f2bdfccc732a65aefe18f93f6d0edfa62	a40ed38ce6b2e207455814c7c6692136fb31534448818fa91d79dc663240757a
74	2026-12-07T01:40:43.926Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a40ed38ce6b2e207455814c7c6692136fb31534448818fa91d79dc663240757a	a0cf6bca8db07a09624b3a275f0d7ee7b877b5ece136a17750d624ec4caf1933
75	2026-12-07T01:40:43.927Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	a0cf6bca8db07a09624b3a275f0d7ee7b877b5ece136a17750d624ec4caf1933	ae85e21e74d39eaccccdd8b8848a6bce507e72583b39159881ef5f67bc057aca
76	2026-12-07T01:40:43.928Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ae85e21e74d39eaccccdd8b8848a6bce507e72583b39159881ef5f67bc057aca	275a61a3b530ea394544603491710434612d51a8bc953764e8d60a9e04c0110b
77	2026-12-07T01:40:43.930Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	275a61a3b530ea394544603491710434612d51a8bc953764e8d60a9e04c0110b	f059d6ab117c7c54270f232792db948258aaf83807a150f0f3df700415355cc5
78	2026-12-07T01:40:43.930Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f059d6ab117c7c54270f232792db948258aaf83807a150f0f3df700415355cc5	f9fac1ea20830909c0449d0ec88dad6989e0d38400f1ac22abb7298819ee1d6b
79	2026-12-07T01:40:43.930Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	f9fac1ea20830909c0449d0ec88dad6989e0d38400f1ac22abb7298819ee1d6b	46efb242e97990f16086aec72b574f83a88a35d9199310db2e9b533526be43eb
80	2026-12-07T01:40:43.931Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	46efb242e97990f16086aec72b574f83a88a35d9199310db2e9b533526be43eb	0413ea45ba8507cc90f09276aece52bf75f581a3fa035b75f4c2fe01c84e85ff
81	2026-12-07T01:40:43.932Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	0413ea45ba8507cc90f09276aece52bf75f581a3fa035b75f4c2fe01c84e85ff	9c3be21e13cc1ba305ad0ca65d6d48530f865fd3fcd909bad81b974f32d77d6b
82	2026-12-07T01:40:43.937Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9c3be21e13cc1ba305ad0ca65d6d48530f865fd3fcd909bad81b974f32d77d6b	f88f18482b83cd5cd08b873d84928b4f05ec1f56d6272b2e388076f4c7cf3890
83	2026-12-07T01:40:43.939Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	f88f18482b83cd5cd08b873d84928b4f05ec1f56d6272b2e388076f4c7cf3890	937e3703fe125ef5f64fb417c8341ab70af807e1482990906c63969470cc6241
84	2026-12-07T01:40:44.144Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	937e3703fe125ef5f64fb417c8341ab70af807e1482990906c63969470cc6241	027a61c3484fa1b7dee2d7771cfe136dcf03c3579b4bd553c243fe6a2b7daa27
85	2026-12-07T01:40:44.145Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	027a61c3484fa1b7dee2d7771cfe136dcf03c3579b4bd553c243fe6a2b7daa27	d4ccad33459c6b478244048baef5faa3510dd30eb25f2d8c75fa382182e49734
86	2026-12-07T01:40:44.153Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	d4ccad33459c6b478244048baef5faa3510dd30eb25f2d8c75fa382182e49734	dea85338df3b1c1de64371803abbf303e095d777c29f81c33cb7d8184db98417
87	2026-12-07T01:40:44.155Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	dea85338df3b1c1de64371803abbf303e095d777c29f81c33cb7d8184db98417	7a3f69155e64a54002b467043c73da951a8106e1df4cc950086709d6481bc595
88	2026-12-07T01:40:44.159Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	7a3f69155e64a54002b467043c73da951a8106e1df4cc950086709d6481bc595	5265205f56971668abcea9b8254fd9c1b6b7ac84c424c7d5c62f192113178f21
89	2026-12-07T01:40:44.160Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5265205f56971668abcea9b8254fd9c1b6b7ac84c424c7d5c62f192113178f21	0c88b91b06898993559e8b5d80a13d0e50b06720ad6cfb740d352fd1437b12f5
90	2026-12-07T01:40:44.161Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	0c88b91b06898993559e8b5d80a13d0e50b06720ad6cfb740d352fd1437b12f5	35b3194f7629e2e64ee4577013317f50af094a0b8ff7f946b5c845051f24aa97
91	2026-12-07T01:40:44.166Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	35b3194f7629e2e64ee4577013317f50af094a0b8ff7f946b5c845051f24aa97	989b02afc0286cffe02bc846047c6ae21089206e5ba2b21ede6b674c033e675b
92	2026-12-07T01:40:44.166Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	989b02afc0286cffe02bc846047c6ae21089206e5ba2b21ede6b674c033e675b	573ee0f9f57ef64cd185540e8a839d8e6aec368c1562b9040b3ad1e5ceab0439
93	2026-12-07T01:40:44.167Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	573ee0f9f57ef64cd185540e8a839d8e6aec368c1562b9040b3ad1e5ceab0439	9557ad04a4e90e8c220299eaf567061cca9ee8d008d995018b376a811ce7eda5
94	2026-12-07T01:40:44.174Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	9557ad04a4e90e8c220299eaf567061cca9ee8d008d995018b376a811ce7eda5	42d06d422819ae98c25232dec5c64b276ad406fe5e3745a908d35bfe61ee9447
95	2026-12-07T01:40:44.174Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	42d06d422819ae98c25232dec5c64b276ad406fe5e3745a908d35bfe61ee9447	c58229e5fe09bc98838f333cf17f2df4e308f67611358bb52ce171990055922e
96	2026-12-07T01:40:44.175Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	c58229e5fe09bc98838f333cf17f2df4e308f67611358bb52ce171990055922e	1c7aa652bed422256755d379017ed821c6a939b8468dcee6f73560d50e1d26cb
97	2026-12-07T01:40:44.175Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1c7aa652bed422256755d379017ed821c6a939b8468dcee6f73560d50e1d26cb	02b063fad693b4f0f474dbc15eb073def8b3c22f31c4df0b9efce0dc3bba6675
98	2026-12-07T01:40:44.176Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	02b063fad693b4f0f474dbc15eb073def8b3c22f31c4df0b9efce0dc3bba6675	176f7e5fe48adea021e02772907527761122a20b546f0e1c0c7d42471622987d
99	2026-12-07T01:40:44.179Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	176f7e5fe48adea021e02772907527761122a20b546f0e1c0c7d42471622987d	d613ff7ad8ad661f71c881fe15384cda92f11899cc0db0ec8ff8025dcef2c60f
100	2026-12-07T01:40:44.183Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	d613ff7ad8ad661f71c881fe15384cda92f11899cc0db0ec8ff8025dcef2c60f	fa5db47b214688fc897d8ec70f6c8edac26522aebf0c2e34be01558fde234d62
101	2026-12-07T01:40:44.187Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	fa5db47b214688fc897d8ec70f6c8edac26522aebf0c2e34be01558fde234d62	3718f77abd75cdd791d083ac3ef9a289b68c82deba3f7cc55b11c556161bd127
102	2026-12-07T01:40:44.188Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	3718f77abd75cdd791d083ac3ef9a289b68c82deba3f7cc55b11c556161bd127	45a6f066cd4af2fd4c8975d35d11876dd100b4e3f386b3357663066791387cd5
103	2026-12-07T01:40:44.192Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	45a6f066cd4af2fd4c8975d35d11876dd100b4e3f386b3357663066791387cd5	d5dfd2199c9431b47eaa1a7f2a4d7733d21d579a0740a2e0a5128d41a4d7d8cf
104	2026-12-07T01:40:44.192Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d5dfd2199c9431b47eaa1a7f2a4d7733d21d579a0740a2e0a5128d41a4d7d8cf	cabbc3ad19f902fab0e3c5b71197641361d274eb62cb0a4df1df18080e6ee9c0
105	2026-12-07T01:40:44.193Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	cabbc3ad19f902fab0e3c5b71197641361d274eb62cb0a4df1df18080e6ee9c0	5c2565e0a2998a0497e0700d9c216af7d313a36f8989a7ea7773748dc1c48ff7
106	2026-12-07T01:40:44.196Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5c2565e0a2998a0497e0700d9c216af7d313a36f8989a7ea7773748dc1c48ff7	4df72e43d30720ba95cdd3c5f83174b03871e3de0f5a0017961877d2b9855570
107	2026-12-07T01:40:44.200Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	4df72e43d30720ba95cdd3c5f83174b03871e3de0f5a0017961877d2b9855570	ff8709110fac42b54077744984c60d87fda154ca009856f4981426195ff4fad3
108	2026-12-07T01:40:44.201Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ff8709110fac42b54077744984c60d87fda154ca009856f4981426195ff4fad3	9707f5115df6946883d8038a981eeedf7f80106118e96109fa4ed2fb30adaa64
109	2026-12-07T01:40:44.201Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	9707f5115df6946883d8038a981eeedf7f80106118e96109fa4ed2fb30adaa64	ef6908139109e199eddbaac3322670a340b42145a9d3126f6e1cb074d27319f0
110	2026-12-07T01:40:44.202Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ef6908139109e199eddbaac3322670a340b42145a9d3126f6e1cb074d27319f0	9c2f3bbc4c6a205ba2e5f2ab01ba447a56d9b8305a14f85a8ef000ce8e790e02
111	2026-12-07T01:40:44.202Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	9c2f3bbc4c6a205ba2e5f2ab01ba447a56d9b8305a14f85a8ef000ce8e790e02	754e182347ff84cb221a9ef47988bda8d5b78b1711935f1707d24e34e70e7068
112	2026-12-07T01:40:44.203Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	754e182347ff84cb221a9ef47988bda8d5b78b1711935f1707d24e34e70e7068	78255c4baba8090b5bfbb74072ac6f761ba1ab74af1db5ab8c8c69d6670afa48
113	2026-12-07T01:40:44.203Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	78255c4baba8090b5bfbb74072ac6f761ba1ab74af1db5ab8c8c69d6670afa48	01fccd9b56554803cad6de8ac57d77a68faffc751ea14972727b733b405c34ff
114	2026-12-07T01:40:44.215Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	01fccd9b56554803cad6de8ac57d77a68faffc751ea14972727b733b405c34ff	20d83885d20b3bd6a428fe52436455266ec224bca9bb80c5e613616fb465e259
115	2026-12-07T01:40:44.216Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	20d83885d20b3bd6a428fe52436455266ec224bca9bb80c5e613616fb465e259	c576dac70baf9c3922a821a8f41be274f16294245d01f6caa57dfb16b8c27c0f
116	2026-12-07T01:40:44.217Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	c576dac70baf9c3922a821a8f41be274f16294245d01f6caa57dfb16b8c27c0f	cf9223e10af454d7319449db20926cf55eb1a852704527ccecf20f17671ef1fc
117	2026-12-07T01:40:44.217Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	cf9223e10af454d7319449db20926cf55eb1a852704527ccecf20f17671ef1fc	e2a68d3dca52e89ccd7eac4a0a85b7969e568407a59bd4ecddd44a4e877cf10f
118	2026-12-07T01:40:44.218Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	e2a68d3dca52e89ccd7eac4a0a85b7969e568407a59bd4ecddd44a4e877cf10f	bd40f93bb386be04b483d11ba755014f96d74d52d138e073ebc2648d3368fde7
119	2026-12-07T01:40:44.220Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bd40f93bb386be04b483d11ba755014f96d74d52d138e073ebc2648d3368fde7	c1d306d3df59c23400c636f69ff055fcfd9ce8bf383ac0ef3d2f5df88b7920f1
120	2026-12-07T01:40:44.224Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	c1d306d3df59c23400c636f69ff055fcfd9ce8bf383ac0ef3d2f5df88b7920f1	d9895e6903174589b2644235c0eca8ff94dab42214c11a816dbd7e15d86f6f0e
121	2026-12-07T01:40:44.225Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d9895e6903174589b2644235c0eca8ff94dab42214c11a816dbd7e15d86f6f0e	e290506a1124b028e9e1d7dca43a7436312ed6f69164d8b8b2f2202a3cb5ceb3
122	2026-12-07T01:40:44.228Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	e290506a1124b028e9e1d7dca43a7436312ed6f69164d8b8b2f2202a3cb5ceb3	4557e9543dc80945d048b55101d54aece9cf116ce1132cdec69adbee7de2673a
123	2026-12-07T01:40:44.229Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4557e9543dc80945d048b55101d54aece9cf116ce1132cdec69adbee7de2673a	83e3778cae2c9bb8535da54f58ba3acb0a95aabdfcf84affa86b37ce2750a69d
124	2026-12-07T01:40:44.229Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	83e3778cae2c9bb8535da54f58ba3acb0a95aabdfcf84affa86b37ce2750a69d	7e6ab2b5939cb57dc7d562c96ce05cbb546eb0393b99941736bb3a5dd8003386
125	2026-12-07T01:40:44.230Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7e6ab2b5939cb57dc7d562c96ce05cbb546eb0393b99941736bb3a5dd8003386	eb9be5646134919f6bc5774fc4281710004f7700772b1fe0d18a5fc6a5efe03c
126	2026-12-07T01:40:44.240Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	eb9be5646134919f6bc5774fc4281710004f7700772b1fe0d18a5fc6a5efe03c	b187a84358b2f02d99d06e1b9a6feb17ecbfad00f52fca20394e5e9eb2345842
127	2026-12-07T01:40:44.241Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b187a84358b2f02d99d06e1b9a6feb17ecbfad00f52fca20394e5e9eb2345842	959851b2e46a702f31e7ff5292df569d40ca58d3368d1a5ee355e27af288460f
128	2026-12-07T01:40:44.244Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	959851b2e46a702f31e7ff5292df569d40ca58d3368d1a5ee355e27af288460f	bfa27e1e04d7b9a932e1f5b6785d4f8a8b55c555ab26043cead96f00ada9840c
129	2026-12-07T01:40:44.244Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bfa27e1e04d7b9a932e1f5b6785d4f8a8b55c555ab26043cead96f00ada9840c	975db2b4b44e2655bb1caace14fe19810b3690752558464cdd7218c65ff45e47
130	2026-12-07T01:40:44.245Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	975db2b4b44e2655bb1caace14fe19810b3690752558464cdd7218c65ff45e47	c062ad91ebbd1efc167fa2379f5402781dc29c6c2667756e2237ba6411f691c6
131	2026-12-07T01:40:44.245Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	c062ad91ebbd1efc167fa2379f5402781dc29c6c2667756e2237ba6411f691c6	c0ae881bc54fbc9e2532d02a30160d852114f1ade7f30a8ac3060749fc4e9de4
132	2026-12-07T01:40:44.246Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	c0ae881bc54fbc9e2532d02a30160d852114f1ade7f30a8ac3060749fc4e9de4	8e534688eb6cbadbc0a2f404ac0d2abc2a19844051ce746b7eccceae20aa313a
133	2026-12-07T01:40:44.252Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	8e534688eb6cbadbc0a2f404ac0d2abc2a19844051ce746b7eccceae20aa313a	dd210d4524d892c0d949bb580faef448de43fe722d637ae2d2d49c1fd2ac0b92
134	2026-12-07T01:40:44.260Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	dd210d4524d892c0d949bb580faef448de43fe722d637ae2d2d49c1fd2ac0b92	3739145359bc4e3c17d0e94536acd468dd1c8fd1a4b1a61bf11bd3300dea54b2
135	2026-12-07T01:40:44.261Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	3739145359bc4e3c17d0e94536acd468dd1c8fd1a4b1a61bf11bd3300dea54b2	e94ccc42a15b91671820b3068ac4cf5f0126fb22951f99b0419c667cba875479
136	2026-12-07T01:40:44.261Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e94ccc42a15b91671820b3068ac4cf5f0126fb22951f99b0419c667cba875479	1fc79e75ef03d13c4490ab2b3f91f899bea6e027943fc6ea63d4c4f162bba893
137	2026-12-07T01:40:44.262Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	1fc79e75ef03d13c4490ab2b3f91f899bea6e027943fc6ea63d4c4f162bba893	32a408187c7526bb49ecae517a45c2eb5f0a09324c0cad14b5693cc8b3771e05
138	2026-12-07T01:40:44.262Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	32a408187c7526bb49ecae517a45c2eb5f0a09324c0cad14b5693cc8b3771e05	048e37b467d69464484d1df3d22a1bdf678c9e175402b9b7cc087f7085617740
139	2026-12-07T01:40:44.263Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	048e37b467d69464484d1df3d22a1bdf678c9e175402b9b7cc087f7085617740	d5747726323626b3f01998a98d90f206926dd6c83ef1fd21e66ffca14f6a9dfb
140	2026-12-07T01:40:44.265Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d5747726323626b3f01998a98d90f206926dd6c83ef1fd21e66ffca14f6a9dfb	cca82147976ef2df60fef1a30328af2600e84363c86606aa273b3f7d202cc6be
141	2026-12-07T01:40:44.266Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	cca82147976ef2df60fef1a30328af2600e84363c86606aa273b3f7d202cc6be	485838d8cd72f4a558327ad38a9798ad94f975451640bfe9f667fe5d71851344
142	2026-12-07T01:40:44.274Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	485838d8cd72f4a558327ad38a9798ad94f975451640bfe9f667fe5d71851344	988d1078442b97fe50940054cad616148a2905cb63a7ffb43d11ad23eaf0d113
143	2026-12-07T01:40:44.286Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	988d1078442b97fe50940054cad616148a2905cb63a7ffb43d11ad23eaf0d113	14350126349bffa8dc6d4a7ff3972a36c514286d2c7f4ee05f79067093f848e3
144	2026-12-07T01:40:44.287Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	14350126349bffa8dc6d4a7ff3972a36c514286d2c7f4ee05f79067093f848e3	05b4a992cca8642dda875efd83cc45e99e480787e6fc8887bcd1f530eb805589
145	2026-12-07T01:40:44.287Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	05b4a992cca8642dda875efd83cc45e99e480787e6fc8887bcd1f530eb805589	0ad84e34e84b7058555727de8e920d63c5cb84decfa3a59415ef3bf4cb800672
146	2026-12-07T01:40:44.296Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	0ad84e34e84b7058555727de8e920d63c5cb84decfa3a59415ef3bf4cb800672	69d7dd1a175c2685360431efd872f2078386b013cc5bf38ca0b0fedba4187b3f
147	2026-12-07T01:40:44.296Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	69d7dd1a175c2685360431efd872f2078386b013cc5bf38ca0b0fedba4187b3f	b196aaeb4f1bd991f26cdebd93ca280ed7e18cc166ba30b8c6ddb3aaf598c3b5
148	2026-12-07T01:40:44.296Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	b196aaeb4f1bd991f26cdebd93ca280ed7e18cc166ba30b8c6ddb3aaf598c3b5	6959d135a51376ef7ff63b48354f629e5e90ca8f64201808fa06b7b81dd37db0
149	2026-12-07T01:40:44.297Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6959d135a51376ef7ff63b48354f629e5e90ca8f64201808fa06b7b81dd37db0	9e653f9460685b78a424a0a23e8c5241e0f08db9fc8343ce60122539e64fc162
150	2026-12-07T01:40:44.297Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	9e653f9460685b78a424a0a23e8c5241e0f08db9fc8343ce60122539e64fc162	52a3d2d9496c54b7ff2ae6b862927bc83763e2da7fae095bf07f6cd44aebeffd
151	2026-12-07T01:40:44.304Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	52a3d2d9496c54b7ff2ae6b862927bc83763e2da7fae095bf07f6cd44aebeffd	5f10adc691f0fd28e0cd7a223cd62e93c2ea6525f88123689e3b0474e189f9c0
152	2026-12-07T01:40:44.304Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	5f10adc691f0fd28e0cd7a223cd62e93c2ea6525f88123689e3b0474e189f9c0	8bbc7eacc75edd472e5596d1de3f5a7a8d57953d97c97f217fac5defb49f76c0
153	2026-12-07T01:40:44.309Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8bbc7eacc75edd472e5596d1de3f5a7a8d57953d97c97f217fac5defb49f76c0	644510531197f73aaa25241f171110548ce983ed5e323df8101fa0a4b1bea09f
154	2026-12-07T01:40:44.310Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	644510531197f73aaa25241f171110548ce983ed5e323df8101fa0a4b1bea09f	8b6c7d287c514b17d5a3899f140cfd80d35621e3bcd9a9ee8301df41b70b69a3
155	2026-12-07T01:40:44.311Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8b6c7d287c514b17d5a3899f140cfd80d35621e3bcd9a9ee8301df41b70b69a3	5cc78745923e77a3d2a8431067f74f11db25ad135782c66490637473e485577c
156	2026-12-07T01:40:44.311Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	5cc78745923e77a3d2a8431067f74f11db25ad135782c66490637473e485577c	85af2fccbd66be4499cf8a145b7a453ba4a98c08f38a5f9448ead4782df17520
157	2026-12-07T01:40:44.312Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	85af2fccbd66be4499cf8a145b7a453ba4a98c08f38a5f9448ead4782df17520	a7c66cf2af3f6093b81d100039482aacb0a6091b5b39cbe23d219c6a635b9597
158	2026-12-07T01:40:44.326Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	a7c66cf2af3f6093b81d100039482aacb0a6091b5b39cbe23d219c6a635b9597	2b140612904ac496555c4dc826780ab427b20ee7f087ab5e9cf938498b2e1310
159	2026-12-07T01:40:44.327Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2b140612904ac496555c4dc826780ab427b20ee7f087ab5e9cf938498b2e1310	ebaff3a2a0ef01af581a8ff53399d876d0fed6e3de29fb3a3bd541558d9ac3d4
160	2026-12-07T01:40:44.328Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	ebaff3a2a0ef01af581a8ff53399d876d0fed6e3de29fb3a3bd541558d9ac3d4	af8042827db32b40836ad01a1116be296e38d984311e444e090cc95c9b8b3d96
161	2026-12-07T01:40:44.332Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	af8042827db32b40836ad01a1116be296e38d984311e444e090cc95c9b8b3d96	8977aae69a097dfaabacd060e65ca182c1bddf542dd28eefffbab8b73b939846
162	2026-12-07T01:40:44.333Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	8977aae69a097dfaabacd060e65ca182c1bddf542dd28eefffbab8b73b939846	e9278f8427358c9f00472a8f9cb2243c4aa99e9ca13eb996257870040c837912
163	2026-12-07T01:40:44.336Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	e9278f8427358c9f00472a8f9cb2243c4aa99e9ca13eb996257870040c837912	ff430c5ae5850d1b70f4a445cdf794f4f8b071608ec988786fb5e099ac09e362
164	2026-12-07T01:40:44.336Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ff430c5ae5850d1b70f4a445cdf794f4f8b071608ec988786fb5e099ac09e362	0fee1ef448f10d598043d9af18bf3f2fb33776b8250b8fef730719e06a6f5d62
165	2026-12-07T01:40:44.340Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	0fee1ef448f10d598043d9af18bf3f2fb33776b8250b8fef730719e06a6f5d62	2ef44d8ecf7cb56675b09cb561e6d1d848fc5d5e15eba77dc0729c121bf4a94d
166	2026-12-07T01:40:44.341Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2ef44d8ecf7cb56675b09cb561e6d1d848fc5d5e15eba77dc0729c121bf4a94d	2c78d3a4619c7c6982596db7db57971762822597088486b22399973720ce3e4d
167	2026-12-07T01:40:44.341Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	2c78d3a4619c7c6982596db7db57971762822597088486b22399973720ce3e4d	daae0fb54337e4e5c3a99e25376aaad457aa29122afba893004529fa0a9867d7
168	2026-12-07T01:40:44.348Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	daae0fb54337e4e5c3a99e25376aaad457aa29122afba893004529fa0a9867d7	911e6601d351ae2779c74ff75263c622b01194197d686abef4dc59996127c665
169	2026-12-07T01:40:44.348Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	911e6601d351ae2779c74ff75263c622b01194197d686abef4dc59996127c665	8cbfd7484a23105c265e6ff49f10a208a2f6414b2a3ab2eb65e364a147f9396f
170	2026-12-07T01:40:44.349Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8cbfd7484a23105c265e6ff49f10a208a2f6414b2a3ab2eb65e364a147f9396f	7e4223a6050755cb7d5d570d3ee3821a64e28b460dd256dac893d63d5dc6ed5b
171	2026-12-07T01:40:44.349Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	7e4223a6050755cb7d5d570d3ee3821a64e28b460dd256dac893d63d5dc6ed5b	f4bc7d4700e00299b3e993f6df0f4c244d75cc511a89ba474413c4c24249e257
172	2026-12-07T01:40:44.350Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f4bc7d4700e00299b3e993f6df0f4c244d75cc511a89ba474413c4c24249e257	7d726a0d27891475ef72c6a4f3879a18711c4fbf2c64724717f94d0c550a4447
173	2026-12-07T01:40:44.352Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	7d726a0d27891475ef72c6a4f3879a18711c4fbf2c64724717f94d0c550a4447	250bfbf0b6e689ae72580964327481b80419eaa880f16c6d7abf373aed33f529
174	2026-12-07T01:40:44.352Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	250bfbf0b6e689ae72580964327481b80419eaa880f16c6d7abf373aed33f529	f0f23fea64b5a37c17e2cee71100f6635a995fe3206a226be7261944d89f1154
175	2026-12-07T01:40:44.352Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	f0f23fea64b5a37c17e2cee71100f6635a995fe3206a226be7261944d89f1154	fd641758e0ed8e259b973eaaf47a3ea63b111f43ebe2c2555f93edb713459ba6
176	2026-12-07T01:40:44.358Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	fd641758e0ed8e259b973eaaf47a3ea63b111f43ebe2c2555f93edb713459ba6	a75f36a494c323de39293641c0b91768dafa6e8bb0ff55b3c8e48f0000d530e5
177	2026-12-07T01:40:44.358Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	a75f36a494c323de39293641c0b91768dafa6e8bb0ff55b3c8e48f0000d530e5	234cb7a8a2a13b413b05a6e11244b118808286e8f6eac7d41367930d63f1ad70
178	2026-12-07T01:40:44.372Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	234cb7a8a2a13b413b05a6e11244b118808286e8f6eac7d41367930d63f1ad70	f422406eb6710ef1d468c0757159a71ca24934f149e0b0ff3f6283a1935a4a38
179	2026-12-07T01:40:44.373Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f422406eb6710ef1d468c0757159a71ca24934f149e0b0ff3f6283a1935a4a38	59b626b0da9a9975834282c2327f2aec161ca36535497999c1941c3c42b6e3e5
180	2026-12-07T01:40:44.378Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	59b626b0da9a9975834282c2327f2aec161ca36535497999c1941c3c42b6e3e5	417988bef87f25cb1da8e3455e28f8f565347b13a233c942edee35837e91284c
181	2026-12-07T01:40:44.379Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	417988bef87f25cb1da8e3455e28f8f565347b13a233c942edee35837e91284c	1efbe4eb9039dc552708f3b5e542071c9989dd0cc9300f0831925a6256ed1fac
182	2026-12-07T01:40:44.392Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	1efbe4eb9039dc552708f3b5e542071c9989dd0cc9300f0831925a6256ed1fac	e85734d635f007968075645ee148988b7e248b016e3e88fdd7048584924445a7
183	2026-12-07T01:40:44.392Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e85734d635f007968075645ee148988b7e248b016e3e88fdd7048584924445a7	46033d9791c22afff84941c51498a56c601d368407dfdd1b98a2c78504c1e9e0
184	2026-12-07T01:40:44.394Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	46033d9791c22afff84941c51498a56c601d368407dfdd1b98a2c78504c1e9e0	fb339eeda8f90f4d95cfb8ee853425190de55e113337aea74d22689b056bc83c
185	2026-12-07T01:40:44.396Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fb339eeda8f90f4d95cfb8ee853425190de55e113337aea74d22689b056bc83c	bae454690f8beb9cba1681f6d0f1c3b514ecff2da3060a6a9bcb2f39ec52ada9
186	2026-12-07T01:40:44.397Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	bae454690f8beb9cba1681f6d0f1c3b514ecff2da3060a6a9bcb2f39ec52ada9	5d96f79efa55e69524c669013e27ccd9a3853afd061d812d3f085295fb982790
187	2026-12-07T01:40:44.398Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5d96f79efa55e69524c669013e27ccd9a3853afd061d812d3f085295fb982790	17be6d85c8b20768f81f5ecacc8f5cf332231ed85fba3d4fd822e3a02394a854
188	2026-12-07T01:40:44.416Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	17be6d85c8b20768f81f5ecacc8f5cf332231ed85fba3d4fd822e3a02394a854	90718546b2011a6bfa9c2ecc54acae83f66431c4ad36dc77b209a09d38f68771
189	2026-12-07T01:40:44.417Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	90718546b2011a6bfa9c2ecc54acae83f66431c4ad36dc77b209a09d38f68771	a2683ca1adef3ed6a4aafe43ec1576ede19193ee21ea527fd6127c62476e42cf
190	2026-12-07T01:40:44.424Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	a2683ca1adef3ed6a4aafe43ec1576ede19193ee21ea527fd6127c62476e42cf	88b76e3bd33ce39ff36537271ea1ae932bcd2142077cc5a2518f5003da9cda73
191	2026-12-07T01:40:44.429Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	88b76e3bd33ce39ff36537271ea1ae932bcd2142077cc5a2518f5003da9cda73	96bec998c494898bd89dc6b4e91dbc49f10fab32105a958e74fbe19d76cc08c1
192	2026-12-07T01:40:44.429Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	96bec998c494898bd89dc6b4e91dbc49f10fab32105a958e74fbe19d76cc08c1	8e13825292c6f4a653480f42c8373e0aff10d42522efdb4f13bdd8f445dd48db
193	2026-12-07T01:40:44.436Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	8e13825292c6f4a653480f42c8373e0aff10d42522efdb4f13bdd8f445dd48db	2de56acf7b6b2c38027e1c1d289b7948587eb068a8d390ad7c7928a7d9cc3e22
194	2026-12-07T01:40:44.440Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2de56acf7b6b2c38027e1c1d289b7948587eb068a8d390ad7c7928a7d9cc3e22	2805b99a481ff953f5bd41eac18b543f76bfd047c4234aa5c0f49ff5f04417f0
195	2026-12-07T01:40:44.440Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	2805b99a481ff953f5bd41eac18b543f76bfd047c4234aa5c0f49ff5f04417f0	532fbedd80d44edebc3f409d7d4d6eb309f996a92559889f2e1a45bba83a4f24
196	2026-12-07T01:40:44.440Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	532fbedd80d44edebc3f409d7d4d6eb309f996a92559889f2e1a45bba83a4f24	65f7e27b8ae10059578cbb8b8353d9c3874e4a00cea92d085b9624f482d3ce87
197	2026-12-07T01:40:44.441Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	65f7e27b8ae10059578cbb8b8353d9c3874e4a00cea92d085b9624f482d3ce87	2b95f5097a94fde091c2fc3ad58cac2d49390055ad9b194b3bc0fd9d72684141
198	2026-12-07T01:40:44.441Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2b95f5097a94fde091c2fc3ad58cac2d49390055ad9b194b3bc0fd9d72684141	5dc89ce920a6ee083ac5fa41030adac9d0c5fb8fce33c997a63012b9f33afee7
199	2026-12-07T01:40:44.441Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	5dc89ce920a6ee083ac5fa41030adac9d0c5fb8fce33c997a63012b9f33afee7	b1b89dd9d142761e6038ac35fc29236972149f32794105d654c121954530e609
200	2026-12-07T01:40:44.445Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b1b89dd9d142761e6038ac35fc29236972149f32794105d654c121954530e609	5daa396c4e7ef0df4cdc9248a1339a946434e936903ed7f2ba02f4daf053175e
201	2026-12-07T01:40:44.446Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	5daa396c4e7ef0df4cdc9248a1339a946434e936903ed7f2ba02f4daf053175e	7a9e82d5bc77ef2d464848ef2c51a0eb94e3e4432cde659c22b6be5c3af58fbc
202	2026-12-07T01:40:44.446Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7a9e82d5bc77ef2d464848ef2c51a0eb94e3e4432cde659c22b6be5c3af58fbc	77dd4c56c6f62abb05c65786706c4814cc9ddf2275fc0e0c64b06436ba195261
203	2026-12-07T01:40:44.447Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	77dd4c56c6f62abb05c65786706c4814cc9ddf2275fc0e0c64b06436ba195261	fda80e6bc90b7d06c4a729f471c74955bdb754f0a70541844be6a10bc3cb4c05
204	2026-12-07T01:40:44.467Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fda80e6bc90b7d06c4a729f471c74955bdb754f0a70541844be6a10bc3cb4c05	a5a3eac222977705d8325f6d16b7ec459a8748231cea3e05d64b31da2733f7f3
205	2026-12-07T01:40:44.467Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	a5a3eac222977705d8325f6d16b7ec459a8748231cea3e05d64b31da2733f7f3	e340227cbbf1106b8f1191699e6382d63a6e9d8f0d179d0b199460a212b34546
206	2026-12-07T01:40:44.472Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	e340227cbbf1106b8f1191699e6382d63a6e9d8f0d179d0b199460a212b34546	7823d683d8f30c924f634de4df32a752c50b0c15f916c5f29637100c1de8d9b5
207	2026-12-07T01:40:44.486Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	7823d683d8f30c924f634de4df32a752c50b0c15f916c5f29637100c1de8d9b5	f5164410c0f275c65255ca3464986a36abd76e68efd0672f8673a2ed1b630ae5
208	2026-12-07T01:40:44.487Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f5164410c0f275c65255ca3464986a36abd76e68efd0672f8673a2ed1b630ae5	39d3318e42d744da32da58d17e1a14b16e6d208c1af965b0a5f0fe4dc95c2682
209	2026-12-07T01:40:44.487Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	39d3318e42d744da32da58d17e1a14b16e6d208c1af965b0a5f0fe4dc95c2682	e4dc59e80db4a1eaeaf22e7a51d25cb9b340e887cea1d8727e4e9b6f13fcdd32
210	2026-12-07T01:40:44.492Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	e4dc59e80db4a1eaeaf22e7a51d25cb9b340e887cea1d8727e4e9b6f13fcdd32	fd929d47b325166ccc6063f4e9718e7344fc01fb90ab24d1bc9b43e3d65ae5fe
211	2026-12-07T01:40:44.500Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fd929d47b325166ccc6063f4e9718e7344fc01fb90ab24d1bc9b43e3d65ae5fe	d2b20760a893c1ece08d1055ce591c7ec650d4bf5bde0c1fd7cef098697bd819
212	2026-12-07T01:40:44.501Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	d2b20760a893c1ece08d1055ce591c7ec650d4bf5bde0c1fd7cef098697bd819	1b512ddb4849e9de390ac4d11b716448847b645be27d5b7e82f6e97dd89b4a5b
213	2026-12-07T01:40:44.501Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1b512ddb4849e9de390ac4d11b716448847b645be27d5b7e82f6e97dd89b4a5b	ddd960ce747a317ceaa852bab8f879304858dfb716fd59c89c708e320d2cf86f
214	2026-12-07T01:40:44.503Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	ddd960ce747a317ceaa852bab8f879304858dfb716fd59c89c708e320d2cf86f	85e7f0f6870539d0a34dc55fd9ad938bb6e785287605968e4b58da9de2f845a8
215	2026-12-07T01:40:44.504Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	85e7f0f6870539d0a34dc55fd9ad938bb6e785287605968e4b58da9de2f845a8	a3219e71f302c1a073869ac1f9acafc6b6f1540d4570612fb43b6edc883ff6a7
216	2026-12-07T01:40:44.504Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	a3219e71f302c1a073869ac1f9acafc6b6f1540d4570612fb43b6edc883ff6a7	4613dcd680485d00275590f7f51ce95dfda3072a6c2f7f5ee135c6c856761a74
217	2026-12-07T01:40:44.505Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4613dcd680485d00275590f7f51ce95dfda3072a6c2f7f5ee135c6c856761a74	c2479137628600edaf9e3f26b5b280125b543a7e219c59163ee0e8a7d1917473
218	2026-12-07T01:40:44.516Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	c2479137628600edaf9e3f26b5b280125b543a7e219c59163ee0e8a7d1917473	b7dfa976894b93c2d2751ddfe3f6a96fbc1affcb21d4ce9ff79b4f0ddd01aa56
219	2026-12-07T01:40:44.523Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b7dfa976894b93c2d2751ddfe3f6a96fbc1affcb21d4ce9ff79b4f0ddd01aa56	9024b55978c007fcdc16a9643c38065eb22fb30c4a5952419ea9a8c2f0422bfa
220	2026-12-07T01:40:44.524Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	9024b55978c007fcdc16a9643c38065eb22fb30c4a5952419ea9a8c2f0422bfa	6504cb45e4f4e5bba1b7ac86f576dc5b725a241345b2a8cc2461ec688147c7f4
221	2026-12-07T01:40:44.525Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	6504cb45e4f4e5bba1b7ac86f576dc5b725a241345b2a8cc2461ec688147c7f4	ac4a5c48322c9804e79559a98e7cbb91bafc617f145628ea367adf88f5b3f010
222	2026-12-07T01:40:44.525Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	ac4a5c48322c9804e79559a98e7cbb91bafc617f145628ea367adf88f5b3f010	4925cd243286857cd71d005493697f68faaf66ce705e7f909f4a30f87eae477b
223	2026-12-07T01:40:44.528Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	4925cd243286857cd71d005493697f68faaf66ce705e7f909f4a30f87eae477b	5bc8b6847d384acae870a96509ea73b8af2ead54fe3cc6d0dfa9ebcc9a6a1e54
224	2026-12-07T01:40:44.532Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5bc8b6847d384acae870a96509ea73b8af2ead54fe3cc6d0dfa9ebcc9a6a1e54	f739073fe5ad4c5253e39ca72e82018550155f36689ccceb2ca6b7efb661756e
225	2026-12-07T01:40:44.539Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	f739073fe5ad4c5253e39ca72e82018550155f36689ccceb2ca6b7efb661756e	1613cf96065200a1fb8be8a1958b2e6a443ce13949aaf5b89489d032ca67459e
226	2026-12-07T01:40:44.540Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1613cf96065200a1fb8be8a1958b2e6a443ce13949aaf5b89489d032ca67459e	5cea4d5497fae7b262619e9a36b04d10ac5d65a1747fb7b6ceb9db2f02210e28
227	2026-12-07T01:40:44.540Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	5cea4d5497fae7b262619e9a36b04d10ac5d65a1747fb7b6ceb9db2f02210e28	a74c2239e1dcbf399e20457507c283c6a99b07ef0218dbf03ed173750b4abc13
228	2026-12-07T01:40:44.544Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a74c2239e1dcbf399e20457507c283c6a99b07ef0218dbf03ed173750b4abc13	532e7cf4677f97e4913fecb1459869da5541605aa8eb3cb307883c02157b6cb2
229	2026-12-07T01:40:44.544Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	532e7cf4677f97e4913fecb1459869da5541605aa8eb3cb307883c02157b6cb2	2cc7fb9828c03f46d37e16dad38e1599a79d4ba95c740e4f0c140334bfa71373
230	2026-12-07T01:40:44.548Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2cc7fb9828c03f46d37e16dad38e1599a79d4ba95c740e4f0c140334bfa71373	48a9d5a3169feec08e19492ec2824d6fc5b3ba6dc2a5f33b7810c17aeb83e5e9
231	2026-12-07T01:40:44.552Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	48a9d5a3169feec08e19492ec2824d6fc5b3ba6dc2a5f33b7810c17aeb83e5e9	88d33ad88fd560361a59e2070ad950c140345b97f4f5970fcfbaabd1b339f06a
232	2026-12-07T01:40:44.555Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	88d33ad88fd560361a59e2070ad950c140345b97f4f5970fcfbaabd1b339f06a	e06afb705eb3b55ddb19684cf62cfc43bf6609e99307ba97c21830cb79f60620
233	2026-12-07T01:40:44.556Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	e06afb705eb3b55ddb19684cf62cfc43bf6609e99307ba97c21830cb79f60620	1bce1c6d18bfc515804cbd51c7333134b3e5549ef19d87f540fe5418ff3cf4bb
234	2026-12-07T01:40:45.094Z	\N	system	create	user	1	\N	{"created_at":1796607645,"disabled":false,"display_name":"Quản trị hệ thống","home_unit_id":1,"id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	1bce1c6d18bfc515804cbd51c7333134b3e5549ef19d87f540fe5418ff3cf4bb	9324699815386eb64e55da4b72b2b6af49e7b43ceaa1c1b4421b3da691c8993a
235	2026-12-07T01:40:45.713Z	\N	system	create	user	2	\N	{"created_at":1796607645,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","home_unit_id":2,"id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	9324699815386eb64e55da4b72b2b6af49e7b43ceaa1c1b4421b3da691c8993a	d36d3359846f236dda5c2d9dd50828efbb5079f7b32f388e0747c38c49c51318
236	2026-12-07T01:40:46.537Z	\N	system	create	user	3	\N	{"created_at":1796607646,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","home_unit_id":2,"id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	d36d3359846f236dda5c2d9dd50828efbb5079f7b32f388e0747c38c49c51318	304920b728cc9c990d04b22e7eb36ad956598dff7fcd8711e21eb38f7dfe6bad
237	2026-12-07T01:40:47.460Z	\N	system	create	user	4	\N	{"created_at":1796607647,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","home_unit_id":18,"id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	304920b728cc9c990d04b22e7eb36ad956598dff7fcd8711e21eb38f7dfe6bad	6417536c0c862bc63ff7e5da0b8bfec4ccc9cd37ad89556074ac052ac57b4347
238	2026-12-07T01:40:48.634Z	\N	system	create	user	5	\N	{"created_at":1796607648,"disabled":false,"display_name":"Cán bộ phường Long Bình","home_unit_id":25,"id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	6417536c0c862bc63ff7e5da0b8bfec4ccc9cd37ad89556074ac052ac57b4347	58d21318343b1ad3f9881fbe4d18cc5e4b9f2acfb3c0ff6f4d377444ac6da5f3
239	2026-12-07T01:40:48.744Z	\N	system	create	target	1	\N	{"baseline":null,"code":"DV","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ đạt 10%/năm.","direction":"higher","due_days":15,"id":1,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất khu vực dịch vụ","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":10.0,"unit_of_measure":"%","weight":1.0,"year":2019}	58d21318343b1ad3f9881fbe4d18cc5e4b9f2acfb3c0ff6f4d377444ac6da5f3	425f47931f5f7f1bad35bef04b8175a774aeb11b35127b014881a9e06a8d36ea
295	2026-12-07T01:40:48.973Z	\N	system	report	measurement	10	\N	{"corrects":null,"evidence":null,"id":10,"note":"Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu","period_no":3,"reported_at":1796607648,"reporter":"system","target_id":2,"unit_id":2,"value":9.9000000000000004}	60126db2da0270ac8ad75645d152fc5c922d88fcb282e92ffc8a5db2c608ac0f	c706d0e096c32b5d654d802fb03c35de03b7679a1455a8747ebedb4f5ee54afe
240	2026-12-07T01:40:48.755Z	\N	system	create	target	2	\N	{"baseline":null,"code":"CN","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu thủ công nghiệp đạt 11%/năm.","direction":"higher","due_days":15,"id":2,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":11.0,"unit_of_measure":"%","weight":1.0,"year":2019}	425f47931f5f7f1bad35bef04b8175a774aeb11b35127b014881a9e06a8d36ea	148909f00ab6266ceddd1cc086d4015e748aad46c0a4bc6f0132da521b3912e8
241	2026-12-07T01:40:48.761Z	\N	system	create	target	3	\N	{"baseline":null,"code":"NS","description":"Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.","direction":"higher","due_days":15,"id":3,"kind":"range","leader_person_id":1,"name":"Thu ngân sách nhà nước vượt dự toán","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":8.0,"target_low":6.0,"unit_of_measure":"%","weight":1.0,"year":2019}	148909f00ab6266ceddd1cc086d4015e748aad46c0a4bc6f0132da521b3912e8	13b1a9ed6925cd831d4b235a7bea0fcdf83517df86a20ecf1b6bef930fe839cc
242	2026-12-07T01:40:48.762Z	\N	system	create	target	4	\N	{"baseline":null,"code":"XDCB","description":"Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận quản lý đạt 250 tỷ đồng.","direction":"higher","due_days":10,"id":4,"kind":"amount","leader_person_id":3,"name":"Giải ngân vốn đầu tư xây dựng cơ bản","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"none","target_high":null,"target_low":250.0,"unit_of_measure":"tỷ đồng","weight":1.0,"year":2019}	13b1a9ed6925cd831d4b235a7bea0fcdf83517df86a20ecf1b6bef930fe839cc	9ae4da4a0073b89ade192fb22834ee38f3af247f9a07fd825b8a2615b7a00e4b
243	2026-12-07T01:40:48.767Z	\N	system	create	target	5	\N	{"baseline":null,"code":"HN","description":"Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân (giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).","direction":"higher","due_days":10,"id":5,"kind":"reduction","leader_person_id":2,"name":"Giảm hộ nghèo, hộ cận nghèo","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"sum","target_high":null,"target_low":1600.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	9ae4da4a0073b89ade192fb22834ee38f3af247f9a07fd825b8a2615b7a00e4b	494a8e2ed2d0795df54105da6c780fed35ed7f6b488d7678df2ce663080f8444
244	2026-12-07T01:40:48.776Z	\N	system	create	target	6	\N	{"baseline":null,"code":"PP","description":"Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.","direction":"higher","due_days":15,"id":6,"kind":"reduction","leader_person_id":1,"name":"Kéo giảm tỷ lệ phạm pháp hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"wavg","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":1.0,"year":2019}	494a8e2ed2d0795df54105da6c780fed35ed7f6b488d7678df2ce663080f8444	8d49f10b08cdcaff624478edecac388252dc7b8be08cf6ba7e35f547a25d5b97
245	2026-12-07T01:40:48.777Z	\N	system	create	target	7	\N	{"baseline":null,"code":"DT","description":"Nâng tỷ lệ điều tra, phá án hình sự trên 70%.","direction":"higher","due_days":15,"id":7,"kind":"ratio","leader_person_id":1,"name":"Tỷ lệ điều tra, phá án hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":70.0,"unit_of_measure":"%","weight":1.0,"year":2019}	8d49f10b08cdcaff624478edecac388252dc7b8be08cf6ba7e35f547a25d5b97	3a2067be5f4b5f50a2db40e393670c7790e32d0a8fddb560c7bfa1a71389a192
246	2026-12-07T01:40:48.778Z	\N	system	create	target	8	\N	{"baseline":null,"code":"TDP","description":"Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.","direction":"higher","due_days":15,"id":8,"kind":"share","leader_person_id":1,"name":"Tổ dân phố đạt tự quản về an ninh trật tự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"share","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":1.0,"year":2019}	3a2067be5f4b5f50a2db40e393670c7790e32d0a8fddb560c7bfa1a71389a192	1b3ffb880ba57381c295434f56965424336de1d874fe51cfd3f1dffedcd4aacb
247	2026-12-07T01:40:48.782Z	\N	system	create	target	9	\N	{"baseline":null,"code":"HN.Q9.HIEPPHU","description":"Phần chỉ tiêu HN của Phường Hiệp Phú, phân bổ theo quy mô dân số: giảm 146 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":9,"kind":"reduction","leader_person_id":22,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Hiệp Phú","owner_unit_id":18,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":146.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	1b3ffb880ba57381c295434f56965424336de1d874fe51cfd3f1dffedcd4aacb	ea8f3895a1db8e119b79a814b8389914b8456af6885f2214f3c6e5f500eb03c5
248	2026-12-07T01:40:48.832Z	\N	system	create	target	10	\N	{"baseline":null,"code":"PP.Q9.HIEPPHU","description":"Phần chỉ tiêu PP của Phường Hiệp Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":10,"kind":"reduction","leader_person_id":22,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	ea8f3895a1db8e119b79a814b8389914b8456af6885f2214f3c6e5f500eb03c5	ca014f370c10e5f51a83a2ca90fe94144d10cd7f162a818dd9595a8d12f34eb7
249	2026-12-07T01:40:48.843Z	\N	system	create	target	11	\N	{"baseline":null,"code":"TDP.Q9.HIEPPHU","description":"Phần chỉ tiêu TDP của Phường Hiệp Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":11,"kind":"share","leader_person_id":22,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	ca014f370c10e5f51a83a2ca90fe94144d10cd7f162a818dd9595a8d12f34eb7	9e3b0b68b9fb71b3d92246c11462df172364153a20ef950e956ff8da6b3770c5
250	2026-12-07T01:40:48.850Z	\N	system	create	target	12	\N	{"baseline":null,"code":"HN.Q9.LONGBINH","description":"Phần chỉ tiêu HN của Phường Long Bình, phân bổ theo quy mô dân số: giảm 117 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":12,"kind":"reduction","leader_person_id":30,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Bình","owner_unit_id":25,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":117.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	9e3b0b68b9fb71b3d92246c11462df172364153a20ef950e956ff8da6b3770c5	c3d1c44264b7b6bc3f51d84976ded5d24d4758f80e3ca452bb20622ea04bc0e4
251	2026-12-07T01:40:48.859Z	\N	system	create	target	13	\N	{"baseline":null,"code":"PP.Q9.LONGBINH","description":"Phần chỉ tiêu PP của Phường Long Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":13,"kind":"reduction","leader_person_id":30,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Bình","owner_unit_id":25,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.3300000000000001,"year":2019}	c3d1c44264b7b6bc3f51d84976ded5d24d4758f80e3ca452bb20622ea04bc0e4	7d619d2e919e527e1000ee89429527e8775dc705649b880dc2933ce8ad65ae67
252	2026-12-07T01:40:48.872Z	\N	system	create	target	14	\N	{"baseline":null,"code":"TDP.Q9.LONGBINH","description":"Phần chỉ tiêu TDP của Phường Long Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":14,"kind":"share","leader_person_id":30,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Bình","owner_unit_id":25,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	7d619d2e919e527e1000ee89429527e8775dc705649b880dc2933ce8ad65ae67	18129ffd65e3d2cc5a4bb49653e8e984386dae3deba9bdb8b3a979113a7c64f9
253	2026-12-07T01:40:48.873Z	\N	system	create	target	15	\N	{"baseline":null,"code":"HN.Q9.LONGPHUOC","description":"Phần chỉ tiêu HN của Phường Long Phước, phân bổ theo quy mô dân số: giảm 42 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":15,"kind":"reduction","leader_person_id":38,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Phước","owner_unit_id":32,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":42.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	18129ffd65e3d2cc5a4bb49653e8e984386dae3deba9bdb8b3a979113a7c64f9	180023d55a9a2a3c7f85735d5688a62b956f371f79e933c04433275f311e262a
254	2026-12-07T01:40:48.873Z	\N	system	create	target	16	\N	{"baseline":null,"code":"PP.Q9.LONGPHUOC","description":"Phần chỉ tiêu PP của Phường Long Phước: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":16,"kind":"reduction","leader_person_id":38,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Phước","owner_unit_id":32,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":2.6400000000000001,"year":2019}	180023d55a9a2a3c7f85735d5688a62b956f371f79e933c04433275f311e262a	5c84864452df8a3f44f27427c98baee06598132824905bed3ba60dcee0150fd8
255	2026-12-07T01:40:48.874Z	\N	system	create	target	17	\N	{"baseline":null,"code":"TDP.Q9.LONGPHUOC","description":"Phần chỉ tiêu TDP của Phường Long Phước: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":17,"kind":"share","leader_person_id":38,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Phước","owner_unit_id":32,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	5c84864452df8a3f44f27427c98baee06598132824905bed3ba60dcee0150fd8	61999331e560e4877c174ca8eb405b9e8d3aca9ee556d68304ba680f4c4318b5
256	2026-12-07T01:40:48.875Z	\N	system	create	target	18	\N	{"baseline":null,"code":"HN.Q9.LONGTHANHMY","description":"Phần chỉ tiêu HN của Phường Long Thạnh Mỹ, phân bổ theo quy mô dân số: giảm 169 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":18,"kind":"reduction","leader_person_id":46,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":169.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	61999331e560e4877c174ca8eb405b9e8d3aca9ee556d68304ba680f4c4318b5	401a068ca58afdcf322f9c8c003a386162c2c0cd91a4753a43563e6cbc86f76c
257	2026-12-07T01:40:48.876Z	\N	system	create	target	19	\N	{"baseline":null,"code":"PP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu PP của Phường Long Thạnh Mỹ: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":19,"kind":"reduction","leader_person_id":46,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":10.56,"year":2019}	401a068ca58afdcf322f9c8c003a386162c2c0cd91a4753a43563e6cbc86f76c	31982a3c768e8d4f2df2772cc8ca99a10727705f1583b3802f36611db5e7e55c
258	2026-12-07T01:40:48.876Z	\N	system	create	target	20	\N	{"baseline":null,"code":"TDP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu TDP của Phường Long Thạnh Mỹ: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":20,"kind":"share","leader_person_id":46,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	31982a3c768e8d4f2df2772cc8ca99a10727705f1583b3802f36611db5e7e55c	b57ec51191cc429a56a3ea9ca31257678c1b6f9173aceaf69d95b562b8614e7f
259	2026-12-07T01:40:48.877Z	\N	system	create	target	21	\N	{"baseline":null,"code":"HN.Q9.LONGTRUONG","description":"Phần chỉ tiêu HN của Phường Long Trường, phân bổ theo quy mô dân số: giảm 85 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":21,"kind":"reduction","leader_person_id":54,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Trường","owner_unit_id":46,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":85.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	b57ec51191cc429a56a3ea9ca31257678c1b6f9173aceaf69d95b562b8614e7f	d10a1e1101dfde6593dac783b695522f9c6c00825f847051327cb1bd8d460d1c
260	2026-12-07T01:40:48.877Z	\N	system	create	target	22	\N	{"baseline":null,"code":"PP.Q9.LONGTRUONG","description":"Phần chỉ tiêu PP của Phường Long Trường: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":22,"kind":"reduction","leader_person_id":54,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Trường","owner_unit_id":46,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.2800000000000002,"year":2019}	d10a1e1101dfde6593dac783b695522f9c6c00825f847051327cb1bd8d460d1c	8e38add84a95578e4f2921382c2a12cc5ad82f533732b1979e1e69f74f79fad4
296	2026-12-07T01:40:48.974Z	\N	system	report	measurement	11	\N	{"corrects":null,"evidence":null,"id":11,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607648,"reporter":"system","target_id":3,"unit_id":2,"value":6.9000000000000004}	c706d0e096c32b5d654d802fb03c35de03b7679a1455a8747ebedb4f5ee54afe	182fee5875a1129e528983ce937a2a136e7b7bafa48a5757ad57c86d35156f20
261	2026-12-07T01:40:48.877Z	\N	system	create	target	23	\N	{"baseline":null,"code":"TDP.Q9.LONGTRUONG","description":"Phần chỉ tiêu TDP của Phường Long Trường: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":23,"kind":"share","leader_person_id":54,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Trường","owner_unit_id":46,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	8e38add84a95578e4f2921382c2a12cc5ad82f533732b1979e1e69f74f79fad4	078784b04280918ae3b69cab7ed7ead849f8b887f1883e837663afc9ccd11c4e
262	2026-12-07T01:40:48.884Z	\N	system	create	target	24	\N	{"baseline":null,"code":"HN.Q9.PHUHUU","description":"Phần chỉ tiêu HN của Phường Phú Hữu, phân bổ theo quy mô dân số: giảm 113 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":24,"kind":"reduction","leader_person_id":62,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phú Hữu","owner_unit_id":53,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":113.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	078784b04280918ae3b69cab7ed7ead849f8b887f1883e837663afc9ccd11c4e	d4aaf71552901d8ea632868e6683cb55e785561344cc151fc52c8e6a28fcad47
263	2026-12-07T01:40:48.885Z	\N	system	create	target	25	\N	{"baseline":null,"code":"PP.Q9.PHUHUU","description":"Phần chỉ tiêu PP của Phường Phú Hữu: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":25,"kind":"reduction","leader_person_id":62,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phú Hữu","owner_unit_id":53,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.04,"year":2019}	d4aaf71552901d8ea632868e6683cb55e785561344cc151fc52c8e6a28fcad47	db44ac1abeba53bf32b34c5b46778073d4f3689781ce7ef119d0fdb3f9366ebe
264	2026-12-07T01:40:48.885Z	\N	system	create	target	26	\N	{"baseline":null,"code":"TDP.Q9.PHUHUU","description":"Phần chỉ tiêu TDP của Phường Phú Hữu: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":26,"kind":"share","leader_person_id":62,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phú Hữu","owner_unit_id":53,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	db44ac1abeba53bf32b34c5b46778073d4f3689781ce7ef119d0fdb3f9366ebe	dde05f91cbc49e5139af80734014033462e1ff153949d3a56a7607afcce13a32
265	2026-12-07T01:40:48.886Z	\N	system	create	target	27	\N	{"baseline":null,"code":"HN.Q9.PHUOCBINH","description":"Phần chỉ tiêu HN của Phường Phước Bình, phân bổ theo quy mô dân số: giảm 89 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":27,"kind":"reduction","leader_person_id":70,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Bình","owner_unit_id":60,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":89.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	dde05f91cbc49e5139af80734014033462e1ff153949d3a56a7607afcce13a32	fd018c97da963772b619243d133c13288ef9b5a8da970028bf83451f28c67511
266	2026-12-07T01:40:48.892Z	\N	system	create	target	28	\N	{"baseline":null,"code":"PP.Q9.PHUOCBINH","description":"Phần chỉ tiêu PP của Phường Phước Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":28,"kind":"reduction","leader_person_id":70,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Bình","owner_unit_id":60,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.5700000000000003,"year":2019}	fd018c97da963772b619243d133c13288ef9b5a8da970028bf83451f28c67511	46470cee788bb2da882c614447b931fcb8cf1e06d110f653eafa72a10ce3a38a
267	2026-12-07T01:40:48.892Z	\N	system	create	target	29	\N	{"baseline":null,"code":"TDP.Q9.PHUOCBINH","description":"Phần chỉ tiêu TDP của Phường Phước Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":29,"kind":"share","leader_person_id":70,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Bình","owner_unit_id":60,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	46470cee788bb2da882c614447b931fcb8cf1e06d110f653eafa72a10ce3a38a	69f3cae2418bb9990ab1062c674015e323e65bc24a2270dd05819fd0005c84e9
268	2026-12-07T01:40:48.895Z	\N	system	create	target	30	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGA","description":"Phần chỉ tiêu HN của Phường Phước Long A, phân bổ theo quy mô dân số: giảm 99 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":30,"kind":"reduction","leader_person_id":78,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long A","owner_unit_id":67,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":99.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	69f3cae2418bb9990ab1062c674015e323e65bc24a2270dd05819fd0005c84e9	f1ec25779bcbec1711e81f581ec3b032bde50616879ebb6888b4d2b383a6af3e
269	2026-12-07T01:40:48.897Z	\N	system	create	target	31	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu PP của Phường Phước Long A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":31,"kind":"reduction","leader_person_id":78,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long A","owner_unit_id":67,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.1600000000000001,"year":2019}	f1ec25779bcbec1711e81f581ec3b032bde50616879ebb6888b4d2b383a6af3e	3f8c36996342667aec41dfa0d22c47332840717e130b08d439329ccd9373a8b2
270	2026-12-07T01:40:48.898Z	\N	system	create	target	32	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu TDP của Phường Phước Long A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":32,"kind":"share","leader_person_id":78,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long A","owner_unit_id":67,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	3f8c36996342667aec41dfa0d22c47332840717e130b08d439329ccd9373a8b2	77403e4574e2d68649a06f5ca3c41b3a55b3dbcf2a19d17124a7e105d22c2c24
297	2026-12-07T01:40:48.974Z	\N	system	report	measurement	12	\N	{"corrects":null,"evidence":null,"id":12,"note":null,"period_no":3,"reported_at":1796607648,"reporter":"system","target_id":7,"unit_id":2,"value":71.299999999999997}	182fee5875a1129e528983ce937a2a136e7b7bafa48a5757ad57c86d35156f20	35a76b4cdf9a7a5235e5a65d6038a46855a956a40e8b11174cf7d9c979c27b3a
271	2026-12-07T01:40:48.900Z	\N	system	create	target	33	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGB","description":"Phần chỉ tiêu HN của Phường Phước Long B, phân bổ theo quy mô dân số: giảm 244 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":33,"kind":"reduction","leader_person_id":86,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long B","owner_unit_id":74,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":244.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	77403e4574e2d68649a06f5ca3c41b3a55b3dbcf2a19d17124a7e105d22c2c24	4e72bf726536bdd4b548cd9cc3d1f9a618da532096f43db4c8c881b895d98ca5
272	2026-12-07T01:40:48.903Z	\N	system	create	target	34	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu PP của Phường Phước Long B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":34,"kind":"reduction","leader_person_id":86,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long B","owner_unit_id":74,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":15.25,"year":2019}	4e72bf726536bdd4b548cd9cc3d1f9a618da532096f43db4c8c881b895d98ca5	ad2aedb0ca6d1fc559ada5585f0893a68fe117a2c2551f6bc5d66cabc5d39fb2
273	2026-12-07T01:40:48.912Z	\N	system	create	target	35	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu TDP của Phường Phước Long B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":35,"kind":"share","leader_person_id":86,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long B","owner_unit_id":74,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	ad2aedb0ca6d1fc559ada5585f0893a68fe117a2c2551f6bc5d66cabc5d39fb2	61c7473f52afbe419075eae51f4139492986390e6dc8fbe8e6042dc6256c6294
274	2026-12-07T01:40:48.912Z	\N	system	create	target	36	\N	{"baseline":null,"code":"HN.Q9.TANPHU","description":"Phần chỉ tiêu HN của Phường Tân Phú, phân bổ theo quy mô dân số: giảm 103 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":36,"kind":"reduction","leader_person_id":94,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tân Phú","owner_unit_id":81,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":103.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	61c7473f52afbe419075eae51f4139492986390e6dc8fbe8e6042dc6256c6294	fcf6159cc4500101d70a05fe63e9e5584eb99cf5d6d68b9d51288816197c89a8
275	2026-12-07T01:40:48.916Z	\N	system	create	target	37	\N	{"baseline":null,"code":"PP.Q9.TANPHU","description":"Phần chỉ tiêu PP của Phường Tân Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":37,"kind":"reduction","leader_person_id":94,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tân Phú","owner_unit_id":81,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.4500000000000002,"year":2019}	fcf6159cc4500101d70a05fe63e9e5584eb99cf5d6d68b9d51288816197c89a8	98465c0e9fdae3d3dd35450b534db053562eb26ab1fab12876d13d1ba56a80fb
276	2026-12-07T01:40:48.916Z	\N	system	create	target	38	\N	{"baseline":null,"code":"TDP.Q9.TANPHU","description":"Phần chỉ tiêu TDP của Phường Tân Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":38,"kind":"share","leader_person_id":94,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tân Phú","owner_unit_id":81,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	98465c0e9fdae3d3dd35450b534db053562eb26ab1fab12876d13d1ba56a80fb	e5b637e670fe22ede071d8e1cbb9b94551de96e95ccaf27c2d015c2e4e5945c9
277	2026-12-07T01:40:48.917Z	\N	system	create	target	39	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú A, phân bổ theo quy mô dân số: giảm 192 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":39,"kind":"reduction","leader_person_id":102,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":192.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	e5b637e670fe22ede071d8e1cbb9b94551de96e95ccaf27c2d015c2e4e5945c9	95256543edf69237e6a07185754bd53d99105caad0e274d737157f52bc4f9957
278	2026-12-07T01:40:48.917Z	\N	system	create	target	40	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":40,"kind":"reduction","leader_person_id":102,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":12.02,"year":2019}	95256543edf69237e6a07185754bd53d99105caad0e274d737157f52bc4f9957	f4369d4977c34443907bb2c5a3cc7e695827da2ed46ea9ac6fcb11afd211d9e2
279	2026-12-07T01:40:48.918Z	\N	system	create	target	41	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":41,"kind":"share","leader_person_id":102,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	f4369d4977c34443907bb2c5a3cc7e695827da2ed46ea9ac6fcb11afd211d9e2	c48a4a1fa8e8869a6e9f0c09b1a208796102faaf991c22399600616091ea154a
280	2026-12-07T01:40:48.919Z	\N	system	create	target	42	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú B, phân bổ theo quy mô dân số: giảm 145 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":42,"kind":"reduction","leader_person_id":110,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":145.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	c48a4a1fa8e8869a6e9f0c09b1a208796102faaf991c22399600616091ea154a	e63c3276826905ad233210535a053e9fc0a4181df3828264a30d519299424b81
298	2026-12-07T01:40:48.974Z	\N	system	report	measurement	13	\N	{"corrects":null,"evidence":null,"id":13,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607648,"reporter":"system","target_id":1,"unit_id":2,"value":10.6}	35a76b4cdf9a7a5235e5a65d6038a46855a956a40e8b11174cf7d9c979c27b3a	e2295a8925ac9973bdaffccba818f4a899911d6a20ab01af53ea3e0186c55251
281	2026-12-07T01:40:48.924Z	\N	system	create	target	43	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":43,"kind":"reduction","leader_person_id":110,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	e63c3276826905ad233210535a053e9fc0a4181df3828264a30d519299424b81	6b3463e5d15b79f9981cf69650a408922c90cccad0e6adc8c2f4f1963df6e29e
282	2026-12-07T01:40:48.924Z	\N	system	create	target	44	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":44,"kind":"share","leader_person_id":110,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	6b3463e5d15b79f9981cf69650a408922c90cccad0e6adc8c2f4f1963df6e29e	24f08c2a8496651e0f4f7e05d2fd126594e10b9664da4faff5be7a65597b66bc
283	2026-12-07T01:40:48.925Z	\N	system	create	target	45	\N	{"baseline":null,"code":"HN.Q9.TRUONGTHANH","description":"Phần chỉ tiêu HN của Phường Trường Thạnh, phân bổ theo quy mô dân số: giảm 56 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":45,"kind":"reduction","leader_person_id":118,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Trường Thạnh","owner_unit_id":102,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":56.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	24f08c2a8496651e0f4f7e05d2fd126594e10b9664da4faff5be7a65597b66bc	4a68fcc2a5e212367d5489362fb84acf152df52ecfe45f13150637423913afdf
284	2026-12-07T01:40:48.925Z	\N	system	create	target	46	\N	{"baseline":null,"code":"PP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu PP của Phường Trường Thạnh: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":46,"kind":"reduction","leader_person_id":118,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":3.52,"year":2019}	4a68fcc2a5e212367d5489362fb84acf152df52ecfe45f13150637423913afdf	13c75448a1a0f34e15838f362db83d3e2c5e5f4480a8048df5a127167b101af4
285	2026-12-07T01:40:48.926Z	\N	system	create	target	47	\N	{"baseline":null,"code":"TDP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu TDP của Phường Trường Thạnh: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":47,"kind":"share","leader_person_id":118,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	13c75448a1a0f34e15838f362db83d3e2c5e5f4480a8048df5a127167b101af4	0de5cbe4c5969cfbddadb769941502ab7a8dd366d88d013aeba9d9700c3ddf7e
286	2026-12-07T01:40:48.928Z	\N	system	report	measurement	1	\N	{"corrects":null,"evidence":null,"id":1,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607648,"reporter":"system","target_id":1,"unit_id":2,"value":10.199999999999999}	0de5cbe4c5969cfbddadb769941502ab7a8dd366d88d013aeba9d9700c3ddf7e	62f96073c3705c9b61168a71afac5195bfaa9d7ebf9089305d5f0e65d758b823
287	2026-12-07T01:40:48.932Z	\N	system	report	measurement	2	\N	{"corrects":null,"evidence":null,"id":2,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607648,"reporter":"system","target_id":2,"unit_id":2,"value":10.4}	62f96073c3705c9b61168a71afac5195bfaa9d7ebf9089305d5f0e65d758b823	6809d5dfa9e723d034e415e1bb83183219fdce5e9d84f416741f3dad0d83521b
288	2026-12-07T01:40:48.933Z	\N	system	report	measurement	3	\N	{"corrects":null,"evidence":null,"id":3,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607648,"reporter":"system","target_id":3,"unit_id":2,"value":5.7999999999999998}	6809d5dfa9e723d034e415e1bb83183219fdce5e9d84f416741f3dad0d83521b	e691543041454311ad5aa21e98ed0e95acd16dc3a9c3240d5037ca1681b65918
289	2026-12-07T01:40:48.933Z	\N	system	report	measurement	4	\N	{"corrects":null,"evidence":null,"id":4,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607648,"reporter":"system","target_id":7,"unit_id":2,"value":68.400000000000006}	e691543041454311ad5aa21e98ed0e95acd16dc3a9c3240d5037ca1681b65918	a02c2d5108434faa06808ae7a2b109a074fae2c716f65a2d0f3f990101366b82
290	2026-12-07T01:40:48.936Z	\N	system	report	measurement	5	\N	{"corrects":null,"evidence":null,"id":5,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607648,"reporter":"system","target_id":1,"unit_id":2,"value":10.4}	a02c2d5108434faa06808ae7a2b109a074fae2c716f65a2d0f3f990101366b82	688b8968130d1f8fd7d77e2b2988ce8b2509a17c38b1b0b0c51705e33ea3f11c
291	2026-12-07T01:40:48.936Z	\N	system	report	measurement	6	\N	{"corrects":null,"evidence":null,"id":6,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607648,"reporter":"system","target_id":2,"unit_id":2,"value":10.199999999999999}	688b8968130d1f8fd7d77e2b2988ce8b2509a17c38b1b0b0c51705e33ea3f11c	b23e965e73b87a3b108aa74020c4eb481767f9f2a506f0211470ddea3a04b8ee
292	2026-12-07T01:40:48.937Z	\N	system	report	measurement	7	\N	{"corrects":null,"evidence":null,"id":7,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607648,"reporter":"system","target_id":3,"unit_id":2,"value":6.4000000000000004}	b23e965e73b87a3b108aa74020c4eb481767f9f2a506f0211470ddea3a04b8ee	e94f7f82e8f496981786399935836f1e35881f38b3a2e8927dc25a5c12df0b71
293	2026-12-07T01:40:48.944Z	\N	system	report	measurement	8	\N	{"corrects":null,"evidence":null,"id":8,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607648,"reporter":"system","target_id":7,"unit_id":2,"value":70.599999999999994}	e94f7f82e8f496981786399935836f1e35881f38b3a2e8927dc25a5c12df0b71	c6aac02d5c03a856c89381dd961255f40910d33f703b25eb59303f5a8dd1bda2
294	2026-12-07T01:40:48.973Z	\N	system	report	measurement	9	\N	{"corrects":null,"evidence":null,"id":9,"note":null,"period_no":3,"reported_at":1796607648,"reporter":"system","target_id":1,"unit_id":2,"value":10.5}	c6aac02d5c03a856c89381dd961255f40910d33f703b25eb59303f5a8dd1bda2	60126db2da0270ac8ad75645d152fc5c922d88fcb282e92ffc8a5db2c608ac0f
299	2026-12-07T01:40:48.975Z	\N	system	report	measurement	14	\N	{"corrects":null,"evidence":null,"id":14,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607648,"reporter":"system","target_id":2,"unit_id":2,"value":9.5999999999999996}	e2295a8925ac9973bdaffccba818f4a899911d6a20ab01af53ea3e0186c55251	ae6c7f597268f5bd1acbd7105fbcb1886fa2b7457dbd4cc4eeb4ae45c595dada
300	2026-12-07T01:40:48.975Z	\N	system	report	measurement	15	\N	{"corrects":null,"evidence":null,"id":15,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607648,"reporter":"system","target_id":3,"unit_id":2,"value":7.0999999999999996}	ae6c7f597268f5bd1acbd7105fbcb1886fa2b7457dbd4cc4eeb4ae45c595dada	54ce34409256eb2776fe9de9518fe2dcf955f7530cbc987c41161dfd6dc98b8d
301	2026-12-07T01:40:48.976Z	\N	system	report	measurement	16	\N	{"corrects":null,"evidence":null,"id":16,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607648,"reporter":"system","target_id":7,"unit_id":2,"value":72.0}	54ce34409256eb2776fe9de9518fe2dcf955f7530cbc987c41161dfd6dc98b8d	062f312606ab1d93693085b156e9b7d14ac11eaab1744c147cee6e282296aff4
302	2026-12-07T01:40:48.976Z	\N	system	report	measurement	17	\N	{"corrects":null,"evidence":null,"id":17,"note":null,"period_no":1,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":4.0}	062f312606ab1d93693085b156e9b7d14ac11eaab1744c147cee6e282296aff4	68afc96c4287344e50921583182311addba0682a0c8699dd39e923e423996a1a
303	2026-12-07T01:40:48.977Z	\N	system	report	measurement	18	\N	{"corrects":null,"evidence":null,"id":18,"note":null,"period_no":2,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":6.5}	68afc96c4287344e50921583182311addba0682a0c8699dd39e923e423996a1a	89d8efb2ebbb93903283649c60b38674e26c519f263b72e8fd920eaded1bc412
304	2026-12-07T01:40:48.977Z	\N	system	report	measurement	19	\N	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	89d8efb2ebbb93903283649c60b38674e26c519f263b72e8fd920eaded1bc412	1f2a93d130f64cfdaf243106beeebe1df1bae6f2e8e955b8c1e1010000746dc4
305	2026-12-07T01:40:48.980Z	\N	system	correct	measurement	20	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	{"corrects":19,"evidence":null,"id":20,"note":"Điều chỉnh theo số liệu Kho bạc","period_no":3,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":14.5}	1f2a93d130f64cfdaf243106beeebe1df1bae6f2e8e955b8c1e1010000746dc4	889978c02601b0f0f29d76bf4d25f8452c9417554dddccb933d641e957080b0f
306	2026-12-07T01:40:48.980Z	\N	system	report	measurement	21	\N	{"corrects":null,"evidence":null,"id":21,"note":null,"period_no":4,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	889978c02601b0f0f29d76bf4d25f8452c9417554dddccb933d641e957080b0f	bab0d4c0230c8a1f11a756a189da690697feaa2127f2ddc2f1945e9e087f2249
307	2026-12-07T01:40:48.981Z	\N	system	report	measurement	22	\N	{"corrects":null,"evidence":null,"id":22,"note":null,"period_no":5,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":16.0}	bab0d4c0230c8a1f11a756a189da690697feaa2127f2ddc2f1945e9e087f2249	f9a62d28678b15408a4113ca7a074dce8726a3a89d0b110ee9b3aa4f800c6a68
308	2026-12-07T01:40:48.981Z	\N	system	report	measurement	23	\N	{"corrects":null,"evidence":null,"id":23,"note":"Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng","period_no":6,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	f9a62d28678b15408a4113ca7a074dce8726a3a89d0b110ee9b3aa4f800c6a68	855675ce260910f2481214c8dbc80bda0cfcf81e291ad05064d32142300c9624
309	2026-12-07T01:40:48.984Z	\N	system	report	measurement	24	\N	{"corrects":null,"evidence":null,"id":24,"note":null,"period_no":7,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":20.0}	855675ce260910f2481214c8dbc80bda0cfcf81e291ad05064d32142300c9624	c78452e777d4b41231b7f1970a2e30f4ddac85df0f5df61ad00237b2f97943ab
310	2026-12-07T01:40:48.984Z	\N	system	report	measurement	25	\N	{"corrects":null,"evidence":null,"id":25,"note":null,"period_no":8,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	c78452e777d4b41231b7f1970a2e30f4ddac85df0f5df61ad00237b2f97943ab	1b79a8a93608e043823325eb2d4ba1310ae0acece5d5032caec7b610df105e43
311	2026-12-07T01:40:48.984Z	\N	system	report	measurement	26	\N	{"corrects":null,"evidence":null,"id":26,"note":null,"period_no":9,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":26.0}	1b79a8a93608e043823325eb2d4ba1310ae0acece5d5032caec7b610df105e43	b89ae0005d157780ee496284ba5b93f23ec8fd859e160559cc7ef0d2f1365e45
312	2026-12-07T01:40:48.985Z	\N	system	report	measurement	27	\N	{"corrects":null,"evidence":null,"id":27,"note":null,"period_no":10,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":28.0}	b89ae0005d157780ee496284ba5b93f23ec8fd859e160559cc7ef0d2f1365e45	19d9efe7ca3b5dc344b115f2c106dcba298d3906866b06c126ea4876644c4189
313	2026-12-07T01:40:48.985Z	\N	system	report	measurement	28	\N	{"corrects":null,"evidence":null,"id":28,"note":null,"period_no":11,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":34.0}	19d9efe7ca3b5dc344b115f2c106dcba298d3906866b06c126ea4876644c4189	ef2c9ea99332957feb61e2b0d348ece8b59da5611b6523f7a870010324166038
314	2026-12-07T01:40:48.985Z	\N	system	report	measurement	29	\N	{"corrects":null,"evidence":null,"id":29,"note":"Số liệu sơ bộ, chờ đối chiếu Kho bạc","period_no":12,"reported_at":1796607648,"reporter":"system","target_id":4,"unit_id":2,"value":50.0}	ef2c9ea99332957feb61e2b0d348ece8b59da5611b6523f7a870010324166038	583f4038acc0467bfe8073590977aaedce096d120a2dd211a1c841d0929ec463
315	2026-12-07T01:40:48.988Z	\N	system	report	measurement	30	\N	{"corrects":null,"evidence":null,"id":30,"note":null,"period_no":1,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":12.0}	583f4038acc0467bfe8073590977aaedce096d120a2dd211a1c841d0929ec463	8aac3db93a57570fc060439153beb995b097244890a686965f642bbb9818fe5b
316	2026-12-07T01:40:48.988Z	\N	system	report	measurement	31	\N	{"corrects":null,"evidence":null,"id":31,"note":null,"period_no":2,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":25.0}	8aac3db93a57570fc060439153beb995b097244890a686965f642bbb9818fe5b	0693cf2d85ad4c6ce673f487d522104a273805aaf0acd30ac896255920ebabfa
317	2026-12-07T01:40:48.988Z	\N	system	report	measurement	32	\N	{"corrects":null,"evidence":null,"id":32,"note":null,"period_no":3,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":39.0}	0693cf2d85ad4c6ce673f487d522104a273805aaf0acd30ac896255920ebabfa	dc00e1d2f13a4d0775dcd677713d86647c86538627523a9ee1cce2f061ffe765
318	2026-12-07T01:40:48.989Z	\N	system	report	measurement	33	\N	{"corrects":null,"evidence":null,"id":33,"note":null,"period_no":4,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":51.0}	dc00e1d2f13a4d0775dcd677713d86647c86538627523a9ee1cce2f061ffe765	37da12c9f8b3531420473ac3fe3edf8bb46c89fb99cc5f097c80f1d9ed23f81f
319	2026-12-07T01:40:48.989Z	\N	system	report	measurement	34	\N	{"corrects":null,"evidence":null,"id":34,"note":null,"period_no":5,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":65.0}	37da12c9f8b3531420473ac3fe3edf8bb46c89fb99cc5f097c80f1d9ed23f81f	620517a037556e6503339bdeb2300eedf7a54f1fdbd75750d061064bff42f531
320	2026-12-07T01:40:48.992Z	\N	system	report	measurement	35	\N	{"corrects":null,"evidence":null,"id":35,"note":null,"period_no":6,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":77.0}	620517a037556e6503339bdeb2300eedf7a54f1fdbd75750d061064bff42f531	5c521cea62e4800e0472c12ed5297b320f5dd67547352bf153143dde85e9d82b
321	2026-12-07T01:40:48.992Z	\N	system	report	measurement	36	\N	{"corrects":null,"evidence":null,"id":36,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":90.0}	5c521cea62e4800e0472c12ed5297b320f5dd67547352bf153143dde85e9d82b	2ea56d3954bb04c4dbe00128349486f2272502c4bd4c28efe836ba89450f8dd9
322	2026-12-07T01:40:48.992Z	\N	system	report	measurement	37	\N	{"corrects":null,"evidence":null,"id":37,"note":null,"period_no":8,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":102.0}	2ea56d3954bb04c4dbe00128349486f2272502c4bd4c28efe836ba89450f8dd9	efe6bd123b0cfd8c16c28c8093f5c94f1d66e00516c88d936b28551eafc51bad
323	2026-12-07T01:40:48.993Z	\N	system	report	measurement	38	\N	{"corrects":null,"evidence":null,"id":38,"note":null,"period_no":9,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":115.0}	efe6bd123b0cfd8c16c28c8093f5c94f1d66e00516c88d936b28551eafc51bad	35e8260765fc524177fa6d67541d32ed8674f7764eb98d739d17057ed5def7ed
324	2026-12-07T01:40:48.993Z	\N	system	report	measurement	39	\N	{"corrects":null,"evidence":null,"id":39,"note":null,"period_no":10,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":128.0}	35e8260765fc524177fa6d67541d32ed8674f7764eb98d739d17057ed5def7ed	00df1fbacf99b4e9941ca1d96134029656c0054496dc8c813eb1bacf8e66ec98
325	2026-12-07T01:40:48.996Z	\N	system	report	measurement	40	\N	{"corrects":null,"evidence":null,"id":40,"note":null,"period_no":11,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":152.0}	00df1fbacf99b4e9941ca1d96134029656c0054496dc8c813eb1bacf8e66ec98	6031b6e435a3bd11a893e9f8b3e2e196caa27e21ce2f0921823c554468c11f1f
326	2026-12-07T01:40:48.996Z	\N	system	report	measurement	41	\N	{"corrects":null,"evidence":null,"id":41,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607648,"reporter":"system","target_id":9,"unit_id":18,"value":155.0}	6031b6e435a3bd11a893e9f8b3e2e196caa27e21ce2f0921823c554468c11f1f	94d0a098b6eb0798e561ce159194b61c2331df6892450587d048fc1a4971b5d0
327	2026-12-07T01:40:48.996Z	\N	system	report	measurement	42	\N	{"corrects":null,"evidence":null,"id":42,"note":null,"period_no":1,"reported_at":1796607648,"reporter":"system","target_id":10,"unit_id":18,"value":3.1000000000000001}	94d0a098b6eb0798e561ce159194b61c2331df6892450587d048fc1a4971b5d0	470d2d003d8d6c9fe2dafd73f156b5e45502d1f23a2bedbb06e8d9b605201d27
328	2026-12-07T01:40:48.997Z	\N	system	report	measurement	43	\N	{"corrects":null,"evidence":null,"id":43,"note":null,"period_no":1,"reported_at":1796607648,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	470d2d003d8d6c9fe2dafd73f156b5e45502d1f23a2bedbb06e8d9b605201d27	892327432010ed56c7885a89f96019f2d3f6f87ed6228390cdf8db0368a24fcf
329	2026-12-07T01:40:48.999Z	\N	system	report	measurement	44	\N	{"corrects":null,"evidence":null,"id":44,"note":null,"period_no":2,"reported_at":1796607648,"reporter":"system","target_id":10,"unit_id":18,"value":3.6000000000000001}	892327432010ed56c7885a89f96019f2d3f6f87ed6228390cdf8db0368a24fcf	2fd6acb6333bef40b8f71083ff8c526a84764f090e2fb6525e3d63d456718117
330	2026-12-07T01:40:49.000Z	\N	system	report	measurement	45	\N	{"corrects":null,"evidence":null,"id":45,"note":null,"period_no":2,"reported_at":1796607648,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	2fd6acb6333bef40b8f71083ff8c526a84764f090e2fb6525e3d63d456718117	b1c639a6a15239380927f4cb79f650657829d99bd733fddb7b0a44156d5baaae
331	2026-12-07T01:40:49.004Z	\N	system	report	measurement	46	\N	{"corrects":null,"evidence":null,"id":46,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":10,"unit_id":18,"value":4.0}	b1c639a6a15239380927f4cb79f650657829d99bd733fddb7b0a44156d5baaae	1b44471a2d16ea1cf60cc235647e1295edcbccc4d2e9724c66d00db325458b63
332	2026-12-07T01:40:49.004Z	\N	system	report	measurement	47	\N	{"corrects":null,"evidence":null,"id":47,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	1b44471a2d16ea1cf60cc235647e1295edcbccc4d2e9724c66d00db325458b63	22f0b5ce503e88632a5cd6a50678cbd11a29f2c9276db5d75acd3df067326878
333	2026-12-07T01:40:49.004Z	\N	system	report	measurement	48	\N	{"corrects":null,"evidence":null,"id":48,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":10,"unit_id":18,"value":4.2999999999999998}	22f0b5ce503e88632a5cd6a50678cbd11a29f2c9276db5d75acd3df067326878	aea384baba0e232f16bb94f240891aaf30ab75df531e04d90fe4a3f811e29baa
334	2026-12-07T01:40:49.005Z	\N	system	report	measurement	49	\N	{"corrects":null,"evidence":null,"id":49,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	aea384baba0e232f16bb94f240891aaf30ab75df531e04d90fe4a3f811e29baa	673446e1e361247aed9fa7db362b828d4180fc1657e16c516f6d92c6247c679f
335	2026-12-07T01:40:49.005Z	\N	system	report	measurement	50	\N	{"corrects":null,"evidence":null,"id":50,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":10.0}	673446e1e361247aed9fa7db362b828d4180fc1657e16c516f6d92c6247c679f	03120b2db6fa1e70091e3bef1e99558990d8a2f425df95ceaf2e7905e525f8e0
336	2026-12-07T01:40:49.006Z	\N	system	report	measurement	51	\N	{"corrects":null,"evidence":null,"id":51,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":19.0}	03120b2db6fa1e70091e3bef1e99558990d8a2f425df95ceaf2e7905e525f8e0	b78eeb0cec6533555e7cb0820f9b32ecaa26c92f350beb02d9589503f913c157
337	2026-12-07T01:40:49.006Z	\N	system	report	measurement	52	\N	{"corrects":null,"evidence":null,"id":52,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":30.0}	b78eeb0cec6533555e7cb0820f9b32ecaa26c92f350beb02d9589503f913c157	a2eacf87954d71d9bab87f1fd0393707ba7aeb393f3ccf129007bf4141be429e
338	2026-12-07T01:40:49.006Z	\N	system	report	measurement	53	\N	{"corrects":null,"evidence":null,"id":53,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":40.0}	a2eacf87954d71d9bab87f1fd0393707ba7aeb393f3ccf129007bf4141be429e	913f2183a1254717245e2fa0307470f4c710cf4963514b85ece6d5aa51640a8c
339	2026-12-07T01:40:49.007Z	\N	system	report	measurement	54	\N	{"corrects":null,"evidence":null,"id":54,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":51.0}	913f2183a1254717245e2fa0307470f4c710cf4963514b85ece6d5aa51640a8c	17d28862ec1232f95e16b5780638231aa2659971382ebad1c29deb0322120108
340	2026-12-07T01:40:49.007Z	\N	system	report	measurement	55	\N	{"corrects":null,"evidence":null,"id":55,"note":null,"period_no":6,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":61.0}	17d28862ec1232f95e16b5780638231aa2659971382ebad1c29deb0322120108	1994569df082069dbf57da57337fa64d858012b3c2628f545ef56179d48c41b7
341	2026-12-07T01:40:49.008Z	\N	system	report	measurement	56	\N	{"corrects":null,"evidence":null,"id":56,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":71.0}	1994569df082069dbf57da57337fa64d858012b3c2628f545ef56179d48c41b7	32092543d8550508357b1f0f7afd0a46e46070bb764468485c6061869d47c397
342	2026-12-07T01:40:49.008Z	\N	system	report	measurement	57	\N	{"corrects":null,"evidence":null,"id":57,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":80.0}	32092543d8550508357b1f0f7afd0a46e46070bb764468485c6061869d47c397	f86e124dea7f344fb4e112d848e547947a85f08df68a34d281ad7cd23ea25846
343	2026-12-07T01:40:49.008Z	\N	system	report	measurement	58	\N	{"corrects":null,"evidence":null,"id":58,"note":null,"period_no":9,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":90.0}	f86e124dea7f344fb4e112d848e547947a85f08df68a34d281ad7cd23ea25846	b3567191153e1190ed9cc26a80f8d93caa7e4c86cec29a1fa0c74ca94a8759d4
344	2026-12-07T01:40:49.013Z	\N	system	report	measurement	59	\N	{"corrects":null,"evidence":null,"id":59,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":101.0}	b3567191153e1190ed9cc26a80f8d93caa7e4c86cec29a1fa0c74ca94a8759d4	bdad5e8609d3e259fce92d8934b0f31edbcf65fc76cb5da04dc9a8a0387c1ece
345	2026-12-07T01:40:49.014Z	\N	system	report	measurement	60	\N	{"corrects":null,"evidence":null,"id":60,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":119.0}	bdad5e8609d3e259fce92d8934b0f31edbcf65fc76cb5da04dc9a8a0387c1ece	304ebb44a3a70aec4fbca0a2273cdf65ac6791791b3cad91e04585de50677c8c
346	2026-12-07T01:40:49.014Z	\N	system	report	measurement	61	\N	{"corrects":null,"evidence":null,"id":61,"note":null,"period_no":12,"reported_at":1796607649,"reporter":"system","target_id":12,"unit_id":25,"value":122.0}	304ebb44a3a70aec4fbca0a2273cdf65ac6791791b3cad91e04585de50677c8c	675ed7af5ca2488e28ada7ebf7e93e3913271f3d6c5f9b960b36c66833a1c2c1
347	2026-12-07T01:40:49.014Z	\N	system	report	measurement	62	\N	{"corrects":null,"evidence":null,"id":62,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":13,"unit_id":25,"value":2.7999999999999998}	675ed7af5ca2488e28ada7ebf7e93e3913271f3d6c5f9b960b36c66833a1c2c1	a6e6caf2a4b7f732b6770ad9ded9929fb67487396611d501743e494c060cc89e
348	2026-12-07T01:40:49.140Z	\N	system	report	measurement	63	\N	{"corrects":null,"evidence":null,"id":63,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":14,"unit_id":25,"value":60.0}	a6e6caf2a4b7f732b6770ad9ded9929fb67487396611d501743e494c060cc89e	c9310e9db3040f39b1c15e61221c4abb74e85db70a44f72642d72735495b32a3
349	2026-12-07T01:40:49.140Z	\N	system	report	measurement	64	\N	{"corrects":null,"evidence":null,"id":64,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":13,"unit_id":25,"value":3.2999999999999998}	c9310e9db3040f39b1c15e61221c4abb74e85db70a44f72642d72735495b32a3	88c4248d0b5c5a9102106dee4665a7519c79f4e1c7acd47bec5bbb6ffcfe445f
350	2026-12-07T01:40:49.141Z	\N	system	report	measurement	65	\N	{"corrects":null,"evidence":null,"id":65,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	88c4248d0b5c5a9102106dee4665a7519c79f4e1c7acd47bec5bbb6ffcfe445f	103e257ff7db9ee5515006f25276323cf3b4ec9b25a9685b27548f026f344ef1
351	2026-12-07T01:40:49.141Z	\N	system	report	measurement	66	\N	{"corrects":null,"evidence":null,"id":66,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":13,"unit_id":25,"value":3.7000000000000002}	103e257ff7db9ee5515006f25276323cf3b4ec9b25a9685b27548f026f344ef1	ac625454d1f35ae9373489db7b5de36b36e76238779d7350ca388ac422cab609
352	2026-12-07T01:40:49.141Z	\N	system	report	measurement	67	\N	{"corrects":null,"evidence":null,"id":67,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607649,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	ac625454d1f35ae9373489db7b5de36b36e76238779d7350ca388ac422cab609	a3db1f77e305d545be58365beb001a88bb14c7d9b48ffd032fbac20870eae99b
353	2026-12-07T01:40:49.142Z	\N	system	report	measurement	68	\N	{"corrects":null,"evidence":null,"id":68,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607649,"reporter":"system","target_id":13,"unit_id":25,"value":4.0}	a3db1f77e305d545be58365beb001a88bb14c7d9b48ffd032fbac20870eae99b	9e81ece10c1bfab6662a047cb7e5f6f2dfe3f1bf491564dbc01d28f347d4efa8
354	2026-12-07T01:40:49.144Z	\N	system	report	measurement	69	\N	{"corrects":null,"evidence":null,"id":69,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	9e81ece10c1bfab6662a047cb7e5f6f2dfe3f1bf491564dbc01d28f347d4efa8	e5043f0556551bcd26c18b4e31048d1fe571565a9383580697726caa5b1c41e1
355	2026-12-07T01:40:49.144Z	\N	system	report	measurement	70	\N	{"corrects":null,"evidence":null,"id":70,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":3.0}	e5043f0556551bcd26c18b4e31048d1fe571565a9383580697726caa5b1c41e1	4f512310f272e1db3ca6d4b809939da407b26024b3311df90629e279a9ce5dc6
356	2026-12-07T01:40:49.144Z	\N	system	report	measurement	71	\N	{"corrects":null,"evidence":null,"id":71,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":5.0}	4f512310f272e1db3ca6d4b809939da407b26024b3311df90629e279a9ce5dc6	c32774ba4b63f8afe5bab618182e21d465e80356fedd74430aa14902868c741f
357	2026-12-07T01:40:49.145Z	\N	system	report	measurement	72	\N	{"corrects":null,"evidence":null,"id":72,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":8.0}	c32774ba4b63f8afe5bab618182e21d465e80356fedd74430aa14902868c741f	531223cc1b1a389fae3f125dafca4a37feaa9de2802f2b9b53da586be0cdad5b
358	2026-12-07T01:40:49.145Z	\N	system	report	measurement	73	\N	{"corrects":null,"evidence":null,"id":73,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":11.0}	531223cc1b1a389fae3f125dafca4a37feaa9de2802f2b9b53da586be0cdad5b	751a4a6146e709da1c7266244fc635b57b5eebcf6da2da324e62358a6e1bfb66
359	2026-12-07T01:40:49.146Z	\N	system	report	measurement	74	\N	{"corrects":null,"evidence":null,"id":74,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":14.0}	751a4a6146e709da1c7266244fc635b57b5eebcf6da2da324e62358a6e1bfb66	dadfa072e0198386aa62ccec84cd9ef61e1128cbed90462bd6d3efa68a8481ed
360	2026-12-07T01:40:49.146Z	\N	system	report	measurement	75	\N	{"corrects":null,"evidence":null,"id":75,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":17.0}	dadfa072e0198386aa62ccec84cd9ef61e1128cbed90462bd6d3efa68a8481ed	d86dd7d533dd7800454ef16e6b70fceba5ac988d4d154a190772cd82afecfed8
361	2026-12-07T01:40:49.156Z	\N	system	report	measurement	76	\N	{"corrects":null,"evidence":null,"id":76,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":19.0}	d86dd7d533dd7800454ef16e6b70fceba5ac988d4d154a190772cd82afecfed8	a41ffcbe0e369b85fcce00576de90c3d25fac96f22e400b80b0b04015fc9f93e
362	2026-12-07T01:40:49.156Z	\N	system	report	measurement	77	\N	{"corrects":null,"evidence":null,"id":77,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":22.0}	a41ffcbe0e369b85fcce00576de90c3d25fac96f22e400b80b0b04015fc9f93e	4dac034da3c1ef5351bfe0545a44cf4d0d09837ad93284d2d61075d2737a8bb6
363	2026-12-07T01:40:49.162Z	\N	system	report	measurement	78	\N	{"corrects":null,"evidence":null,"id":78,"note":null,"period_no":9,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":25.0}	4dac034da3c1ef5351bfe0545a44cf4d0d09837ad93284d2d61075d2737a8bb6	5444a4b1ab7311cf0cb7d2521cfd73dd545566c9440f7e773972913b2ab26fe7
364	2026-12-07T01:40:49.163Z	\N	system	report	measurement	79	\N	{"corrects":null,"evidence":null,"id":79,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":28.0}	5444a4b1ab7311cf0cb7d2521cfd73dd545566c9440f7e773972913b2ab26fe7	ba1695986a24e61f4b8b53199181b975ec4aa22755f1689cc7a1ce096aacb5de
365	2026-12-07T01:40:49.164Z	\N	system	report	measurement	80	\N	{"corrects":null,"evidence":null,"id":80,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":15,"unit_id":32,"value":33.0}	ba1695986a24e61f4b8b53199181b975ec4aa22755f1689cc7a1ce096aacb5de	c4f72da7a38d179e4d6df039ef885c530d36226c15f25b8cd75c95eb9f5f2b67
366	2026-12-07T01:40:49.165Z	\N	system	report	measurement	81	\N	{"corrects":null,"evidence":null,"id":81,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607649,"reporter":"system","target_id":16,"unit_id":32,"value":3.3999999999999999}	c4f72da7a38d179e4d6df039ef885c530d36226c15f25b8cd75c95eb9f5f2b67	27791d1adcc9b6d86a50a81fb41fc6e0279a67dc7de6cdbb7666b1e8f134f29e
367	2026-12-07T01:40:49.165Z	\N	system	report	measurement	82	\N	{"corrects":null,"evidence":null,"id":82,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":17,"unit_id":32,"value":40.0}	27791d1adcc9b6d86a50a81fb41fc6e0279a67dc7de6cdbb7666b1e8f134f29e	a6a823866904f6baeb1f8f67acb5599977b1b77c1062293369b5d2b0391a2962
368	2026-12-07T01:40:49.166Z	\N	system	report	measurement	83	\N	{"corrects":null,"evidence":null,"id":83,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":16,"unit_id":32,"value":3.7999999999999998}	a6a823866904f6baeb1f8f67acb5599977b1b77c1062293369b5d2b0391a2962	3ffbaf595788d9c210c3a50466a3e6ab005d87f2781163efe48bb5c8fcaff7aa
369	2026-12-07T01:40:49.168Z	\N	system	report	measurement	84	\N	{"corrects":null,"evidence":null,"id":84,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	3ffbaf595788d9c210c3a50466a3e6ab005d87f2781163efe48bb5c8fcaff7aa	d3a72a59b300371899401030640aa03a16702926a31f16dafd7bc6c369900711
370	2026-12-07T01:40:49.171Z	\N	system	report	measurement	85	\N	{"corrects":null,"evidence":null,"id":85,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":16,"unit_id":32,"value":4.2000000000000002}	d3a72a59b300371899401030640aa03a16702926a31f16dafd7bc6c369900711	a7fa935ea82a421448214a0a36df5df4115c7df373f8656a2f1e4185424aba5d
371	2026-12-07T01:40:49.172Z	\N	system	report	measurement	86	\N	{"corrects":null,"evidence":null,"id":86,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	a7fa935ea82a421448214a0a36df5df4115c7df373f8656a2f1e4185424aba5d	ca76458ef1590d2a72f9d8ec6c3bc9c17b0a486f0d861c663183ae326566b736
372	2026-12-07T01:40:49.172Z	\N	system	report	measurement	87	\N	{"corrects":null,"evidence":null,"id":87,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":16,"unit_id":32,"value":4.5999999999999996}	ca76458ef1590d2a72f9d8ec6c3bc9c17b0a486f0d861c663183ae326566b736	5aa6af541bbb9cee4edd413908154a182197fa1b5b769c22c529883416489853
373	2026-12-07T01:40:49.173Z	\N	system	report	measurement	88	\N	{"corrects":null,"evidence":null,"id":88,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	5aa6af541bbb9cee4edd413908154a182197fa1b5b769c22c529883416489853	0f6b9235551b69e12819c541484bee76c92227a06274a5e41b81f7d4cdc1d9fe
374	2026-12-07T01:40:49.175Z	\N	system	report	measurement	89	\N	{"corrects":null,"evidence":null,"id":89,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":14.0}	0f6b9235551b69e12819c541484bee76c92227a06274a5e41b81f7d4cdc1d9fe	599b3a25dce251c4cb419f071904b1c4f41ec0deac1ac265c80a93ea3fbec2ab
375	2026-12-07T01:40:49.176Z	\N	system	report	measurement	90	\N	{"corrects":null,"evidence":null,"id":90,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":28.0}	599b3a25dce251c4cb419f071904b1c4f41ec0deac1ac265c80a93ea3fbec2ab	7026e6c9297b8f2bf8e467149b1a4179dae411ab32796022d0848894428fa736
376	2026-12-07T01:40:49.177Z	\N	system	report	measurement	91	\N	{"corrects":null,"evidence":null,"id":91,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":44.0}	7026e6c9297b8f2bf8e467149b1a4179dae411ab32796022d0848894428fa736	4fb8d6ae8f1ae87fd05d1e37bfd8b2e7a6ea791d94f2a765271d9d8e9bb7e143
377	2026-12-07T01:40:49.185Z	\N	system	report	measurement	92	\N	{"corrects":null,"evidence":null,"id":92,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":59.0}	4fb8d6ae8f1ae87fd05d1e37bfd8b2e7a6ea791d94f2a765271d9d8e9bb7e143	52cb7d8a831e36fc210d143d1da1826d43bf1883772aa92dcae4fcf035719fd2
378	2026-12-07T01:40:49.190Z	\N	system	report	measurement	93	\N	{"corrects":null,"evidence":null,"id":93,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":75.0}	52cb7d8a831e36fc210d143d1da1826d43bf1883772aa92dcae4fcf035719fd2	5de84767555e6ae077079985dcb9d2af143210f1531ff15b012dcd31bb3ee7d6
379	2026-12-07T01:40:49.193Z	\N	system	report	measurement	94	\N	{"corrects":null,"evidence":null,"id":94,"note":null,"period_no":6,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":89.0}	5de84767555e6ae077079985dcb9d2af143210f1531ff15b012dcd31bb3ee7d6	61ca9190e67af1e904b03626eca83e8733966e9e4ccffa5e0415cf5a50169c13
380	2026-12-07T01:40:49.196Z	\N	system	report	measurement	95	\N	{"corrects":null,"evidence":null,"id":95,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":103.0}	61ca9190e67af1e904b03626eca83e8733966e9e4ccffa5e0415cf5a50169c13	1e8b1e246f3d8b60201e58da9b9802c1891cab8b005ec5e838027290f2ffe843
381	2026-12-07T01:40:49.196Z	\N	system	report	measurement	96	\N	{"corrects":null,"evidence":null,"id":96,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":117.0}	1e8b1e246f3d8b60201e58da9b9802c1891cab8b005ec5e838027290f2ffe843	9fdc95b935e189a5b4ed87bf35e947f28331806083e5f54f56e875f7cdd9677f
382	2026-12-07T01:40:49.200Z	\N	system	report	measurement	97	\N	{"corrects":null,"evidence":null,"id":97,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":131.0}	9fdc95b935e189a5b4ed87bf35e947f28331806083e5f54f56e875f7cdd9677f	5c68a21fd02d8923899e8712915fd8f84521dbb6c0df1c9eba6eb8d89c7f8e36
383	2026-12-07T01:40:49.200Z	\N	system	report	measurement	98	\N	{"corrects":null,"evidence":null,"id":98,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":147.0}	5c68a21fd02d8923899e8712915fd8f84521dbb6c0df1c9eba6eb8d89c7f8e36	79553dcdd89dc7e0b4989ec6efe5c871a1b8c9a3e3dd04abbf87d1fae879e30e
384	2026-12-07T01:40:49.209Z	\N	system	report	measurement	99	\N	{"corrects":null,"evidence":null,"id":99,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":174.0}	79553dcdd89dc7e0b4989ec6efe5c871a1b8c9a3e3dd04abbf87d1fae879e30e	60175245b5a7b6ad6899f4afe9f0c93d81175ceecaae351c4356642dcbccfedc
385	2026-12-07T01:40:49.209Z	\N	system	report	measurement	100	\N	{"corrects":null,"evidence":null,"id":100,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607649,"reporter":"system","target_id":18,"unit_id":39,"value":177.0}	60175245b5a7b6ad6899f4afe9f0c93d81175ceecaae351c4356642dcbccfedc	6ba3b7526ba786f80174f1dc884fc35d26d449bf34f382b256ce60dd656f49c0
386	2026-12-07T01:40:49.217Z	\N	system	report	measurement	101	\N	{"corrects":null,"evidence":null,"id":101,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":19,"unit_id":39,"value":2.8999999999999999}	6ba3b7526ba786f80174f1dc884fc35d26d449bf34f382b256ce60dd656f49c0	e3baeb243bc099cf668228b2bb37068bd863b69c33a38bf8075d471d4e2c065a
387	2026-12-07T01:40:49.218Z	\N	system	report	measurement	102	\N	{"corrects":null,"evidence":null,"id":102,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	e3baeb243bc099cf668228b2bb37068bd863b69c33a38bf8075d471d4e2c065a	d4fc8f043dfca08d3b45f59c1b321fd9e4a61040694ee9acc24a540296b0f56a
388	2026-12-07T01:40:49.219Z	\N	system	report	measurement	103	\N	{"corrects":null,"evidence":null,"id":103,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":19,"unit_id":39,"value":3.2000000000000002}	d4fc8f043dfca08d3b45f59c1b321fd9e4a61040694ee9acc24a540296b0f56a	2845e1f6cf1d7d7b767b1e212cd033eb3be9537975528bb01d94c8370472e8e8
389	2026-12-07T01:40:49.219Z	\N	system	report	measurement	104	\N	{"corrects":null,"evidence":null,"id":104,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	2845e1f6cf1d7d7b767b1e212cd033eb3be9537975528bb01d94c8370472e8e8	1c55b034274dc1bc18939929edcabb71574eac48d340b2035b9fec79f98e1b38
390	2026-12-07T01:40:49.224Z	\N	system	report	measurement	105	\N	{"corrects":null,"evidence":null,"id":105,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":19,"unit_id":39,"value":3.6000000000000001}	1c55b034274dc1bc18939929edcabb71574eac48d340b2035b9fec79f98e1b38	6f45d0c6cf01e6056613b4b3af64b48a0b4163fcb87c8c75975a5e902392e426
391	2026-12-07T01:40:49.224Z	\N	system	report	measurement	106	\N	{"corrects":null,"evidence":null,"id":106,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	6f45d0c6cf01e6056613b4b3af64b48a0b4163fcb87c8c75975a5e902392e426	305cf0a5c5e1a24127ae569a23980e3375b4b51c233ae127495872ca8cdc45fd
392	2026-12-07T01:40:49.225Z	\N	system	report	measurement	107	\N	{"corrects":null,"evidence":null,"id":107,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":19,"unit_id":39,"value":3.8999999999999999}	305cf0a5c5e1a24127ae569a23980e3375b4b51c233ae127495872ca8cdc45fd	781540b08e8ed636d77bb1fa23de756940de97704baf64a2327ada08564a587b
393	2026-12-07T01:40:49.232Z	\N	system	report	measurement	108	\N	{"corrects":null,"evidence":null,"id":108,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607649,"reporter":"system","target_id":20,"unit_id":39,"value":100.0}	781540b08e8ed636d77bb1fa23de756940de97704baf64a2327ada08564a587b	5db10542a3a10f34389747750ac0403950cdd026831fdcfc17c5186d5958352c
394	2026-12-07T01:40:49.232Z	\N	system	report	measurement	109	\N	{"corrects":null,"evidence":null,"id":109,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":7.0}	5db10542a3a10f34389747750ac0403950cdd026831fdcfc17c5186d5958352c	600abcc502ba28778ec72679aefb51b64ccced4bfa643c8f4c0d15008995c348
395	2026-12-07T01:40:49.236Z	\N	system	report	measurement	110	\N	{"corrects":null,"evidence":null,"id":110,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":14.0}	600abcc502ba28778ec72679aefb51b64ccced4bfa643c8f4c0d15008995c348	a02e0dedbffea01c983bf5a2fdb73f69a37824459b26afb0fe1d784b038f26ec
396	2026-12-07T01:40:49.237Z	\N	system	report	measurement	111	\N	{"corrects":null,"evidence":null,"id":111,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":22.0}	a02e0dedbffea01c983bf5a2fdb73f69a37824459b26afb0fe1d784b038f26ec	b448691c14b7b6270cc60234e359299467999d548bfe4bf47f005bc35adf0b53
397	2026-12-07T01:40:49.238Z	\N	system	report	measurement	112	\N	{"corrects":null,"evidence":null,"id":112,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":29.0}	b448691c14b7b6270cc60234e359299467999d548bfe4bf47f005bc35adf0b53	6ba1f65f6233b5545371ea04aab6c38d10413c268243b2a716a9684bee55863a
398	2026-12-07T01:40:49.240Z	\N	system	report	measurement	113	\N	{"corrects":null,"evidence":null,"id":113,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":37.0}	6ba1f65f6233b5545371ea04aab6c38d10413c268243b2a716a9684bee55863a	938ea47a21a44e00f587500b16660bc3ee5445e7d8d97be21032ea672967aec5
399	2026-12-07T01:40:49.247Z	\N	system	report	measurement	114	\N	{"corrects":null,"evidence":null,"id":114,"note":null,"period_no":6,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":44.0}	938ea47a21a44e00f587500b16660bc3ee5445e7d8d97be21032ea672967aec5	8dc8546264c5ba13698bc63bf4c06fe4d8301a095c5277aa55ccf2c63d6e7d9c
400	2026-12-07T01:40:49.249Z	\N	system	report	measurement	115	\N	{"corrects":null,"evidence":null,"id":115,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":51.0}	8dc8546264c5ba13698bc63bf4c06fe4d8301a095c5277aa55ccf2c63d6e7d9c	a95c740303dd6bbf364da4cbd6189431c8ace75000978ed339591e0bfd1f138f
401	2026-12-07T01:40:49.250Z	\N	system	report	measurement	116	\N	{"corrects":null,"evidence":null,"id":116,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":58.0}	a95c740303dd6bbf364da4cbd6189431c8ace75000978ed339591e0bfd1f138f	8fa5966eb8c64c4cf98fd2aaad4ba569ef3075b74233e38a75625fb921b44ead
402	2026-12-07T01:40:49.250Z	\N	system	report	measurement	117	\N	{"corrects":null,"evidence":null,"id":117,"note":"Số liệu sơ bộ","period_no":9,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":65.0}	8fa5966eb8c64c4cf98fd2aaad4ba569ef3075b74233e38a75625fb921b44ead	5d74d7b50f5377aac8f01cf6f20fbc36e04be905490b67bc3ecabd933b18c6de
403	2026-12-07T01:40:49.252Z	\N	system	report	measurement	118	\N	{"corrects":null,"evidence":null,"id":118,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":73.0}	5d74d7b50f5377aac8f01cf6f20fbc36e04be905490b67bc3ecabd933b18c6de	8856eb124a46d5b7239d40d82bd188ffd3d83a5d2725035b0590a09d30804025
404	2026-12-07T01:40:49.260Z	\N	system	report	measurement	119	\N	{"corrects":null,"evidence":null,"id":119,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":86.0}	8856eb124a46d5b7239d40d82bd188ffd3d83a5d2725035b0590a09d30804025	624122618e510da0748dcd124a0b2464c32ced07e8d052c2e9780ab054caa24d
405	2026-12-07T01:40:49.260Z	\N	system	report	measurement	120	\N	{"corrects":null,"evidence":null,"id":120,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607649,"reporter":"system","target_id":21,"unit_id":46,"value":88.0}	624122618e510da0748dcd124a0b2464c32ced07e8d052c2e9780ab054caa24d	8452cc03bea7047ef20c5a62eb2aa8a6ec45fbfc9a393c6dc23bc3eb990033ba
406	2026-12-07T01:40:49.261Z	\N	system	report	measurement	121	\N	{"corrects":null,"evidence":null,"id":121,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":22,"unit_id":46,"value":3.2000000000000002}	8452cc03bea7047ef20c5a62eb2aa8a6ec45fbfc9a393c6dc23bc3eb990033ba	359e6673569c269ea362730ee436c28ac174c361b104025b32e25abac99943f8
407	2026-12-07T01:40:49.262Z	\N	system	report	measurement	122	\N	{"corrects":null,"evidence":null,"id":122,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607649,"reporter":"system","target_id":23,"unit_id":46,"value":60.0}	359e6673569c269ea362730ee436c28ac174c361b104025b32e25abac99943f8	c0395a57aedc889dcfa1e2ec7f8e621e2c73d98d538a3ff2478bbea95e37e02d
408	2026-12-07T01:40:49.307Z	\N	system	report	measurement	123	\N	{"corrects":null,"evidence":null,"id":123,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607649,"reporter":"system","target_id":22,"unit_id":46,"value":3.5}	c0395a57aedc889dcfa1e2ec7f8e621e2c73d98d538a3ff2478bbea95e37e02d	3709bc5b22a66408c9dd2488f0d24291902561904b79c08a61a5c876925121fb
409	2026-12-07T01:40:49.633Z	\N	system	report	measurement	124	\N	{"corrects":null,"evidence":null,"id":124,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	3709bc5b22a66408c9dd2488f0d24291902561904b79c08a61a5c876925121fb	a4b57dbf24d7f9039e40feb78c1f814c0a4af45785b513026c3909032e0375a6
410	2026-12-07T01:40:49.634Z	\N	system	report	measurement	125	\N	{"corrects":null,"evidence":null,"id":125,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":22,"unit_id":46,"value":3.8999999999999999}	a4b57dbf24d7f9039e40feb78c1f814c0a4af45785b513026c3909032e0375a6	d167bab950e39d30a2432f7c3cbc1a55d885bd40b9299b44e42b4e4621e6ac84
411	2026-12-07T01:40:49.634Z	\N	system	report	measurement	126	\N	{"corrects":null,"evidence":null,"id":126,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	d167bab950e39d30a2432f7c3cbc1a55d885bd40b9299b44e42b4e4621e6ac84	8faabf91014c9f68ee0dfbe254e524b1af97cc1b37e78fd9f518fdd58029bb92
412	2026-12-07T01:40:49.639Z	\N	system	report	measurement	127	\N	{"corrects":null,"evidence":null,"id":127,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":22,"unit_id":46,"value":4.0999999999999996}	8faabf91014c9f68ee0dfbe254e524b1af97cc1b37e78fd9f518fdd58029bb92	b472d5bdb852bbfa5f3eee649a3f4db13ac71ebfa8bcdf7f68b2c3b2b30dd8c9
413	2026-12-07T01:40:49.645Z	\N	system	report	measurement	128	\N	{"corrects":null,"evidence":null,"id":128,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	b472d5bdb852bbfa5f3eee649a3f4db13ac71ebfa8bcdf7f68b2c3b2b30dd8c9	f846ef611c481f7bb08dc4951add2fd5302e2e3e8e241b99a9b9a24a13ff854d
414	2026-12-07T01:40:49.648Z	\N	system	report	measurement	129	\N	{"corrects":null,"evidence":null,"id":129,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":10.0}	f846ef611c481f7bb08dc4951add2fd5302e2e3e8e241b99a9b9a24a13ff854d	af2152fb94fac787314fc66f4126f724b6c088656abdee166473202fc0aace34
415	2026-12-07T01:40:49.649Z	\N	system	report	measurement	130	\N	{"corrects":null,"evidence":null,"id":130,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":19.0}	af2152fb94fac787314fc66f4126f724b6c088656abdee166473202fc0aace34	eb709d4afa348b0f655066d439b5b45fea821bec832c5932edeedd5ead52cb90
416	2026-12-07T01:40:49.649Z	\N	system	report	measurement	131	\N	{"corrects":null,"evidence":null,"id":131,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":30.0}	eb709d4afa348b0f655066d439b5b45fea821bec832c5932edeedd5ead52cb90	57a0e9dc0d40279d75c2b6e28b33f6eeb83982e27d936b07d31e6f1bc4aa4bef
417	2026-12-07T01:40:49.650Z	\N	system	report	measurement	132	\N	{"corrects":null,"evidence":null,"id":132,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":40.0}	57a0e9dc0d40279d75c2b6e28b33f6eeb83982e27d936b07d31e6f1bc4aa4bef	4b603a9bdf6af7ca8fa1a2f4c5c4a1ab3ec60b881460b0d21c12336fed0aa7c4
418	2026-12-07T01:40:49.651Z	\N	system	report	measurement	133	\N	{"corrects":null,"evidence":null,"id":133,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":51.0}	4b603a9bdf6af7ca8fa1a2f4c5c4a1ab3ec60b881460b0d21c12336fed0aa7c4	1df2da586f9c017f57cc4baad363b36b378a7f3fcf8d4b9b7429ba60866c6cf8
419	2026-12-07T01:40:49.654Z	\N	system	report	measurement	134	\N	{"corrects":null,"evidence":null,"id":134,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":60.0}	1df2da586f9c017f57cc4baad363b36b378a7f3fcf8d4b9b7429ba60866c6cf8	1cd6d6fe26d9f2b90e77ff9303164ae235503bed7892daf5b9b649edadd46bec
420	2026-12-07T01:40:49.658Z	\N	system	report	measurement	135	\N	{"corrects":null,"evidence":null,"id":135,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":70.0}	1cd6d6fe26d9f2b90e77ff9303164ae235503bed7892daf5b9b649edadd46bec	d14b8deb0524899cedd21e0faa7b55e95bb8261a7c6c057a2252c0027a471212
421	2026-12-07T01:40:49.659Z	\N	system	report	measurement	136	\N	{"corrects":null,"evidence":null,"id":136,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":80.0}	d14b8deb0524899cedd21e0faa7b55e95bb8261a7c6c057a2252c0027a471212	67fa0a253d15d0c60e4f2ef0182ca02da2f7eff5b1c2abd9dda5ce66d8267b38
422	2026-12-07T01:40:49.660Z	\N	system	report	measurement	137	\N	{"corrects":null,"evidence":null,"id":137,"note":null,"period_no":9,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":89.0}	67fa0a253d15d0c60e4f2ef0182ca02da2f7eff5b1c2abd9dda5ce66d8267b38	5dd373de15327d07c1257dd88e322ea93067774dd39526e4a2ac66dca6b2f92f
423	2026-12-07T01:40:49.664Z	\N	system	report	measurement	138	\N	{"corrects":null,"evidence":null,"id":138,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":100.0}	5dd373de15327d07c1257dd88e322ea93067774dd39526e4a2ac66dca6b2f92f	66ba2c8d1b37856a6ff5e5ad169a5400a26ba9e3bf7013b860f8c86432ee48a0
424	2026-12-07T01:40:49.668Z	\N	system	report	measurement	139	\N	{"corrects":null,"evidence":null,"id":139,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":118.0}	66ba2c8d1b37856a6ff5e5ad169a5400a26ba9e3bf7013b860f8c86432ee48a0	855ae8e7f31ff9fc1e3ae687a6ff46196ad21bbd2055337bea8469ff99f7f6e0
425	2026-12-07T01:40:49.668Z	\N	system	report	measurement	140	\N	{"corrects":null,"evidence":null,"id":140,"note":null,"period_no":12,"reported_at":1796607649,"reporter":"system","target_id":24,"unit_id":53,"value":121.0}	855ae8e7f31ff9fc1e3ae687a6ff46196ad21bbd2055337bea8469ff99f7f6e0	d868410909085ffbc44320cfaafbc9334b73633741f4954855b5751d29cdb073
426	2026-12-07T01:40:49.669Z	\N	system	report	measurement	141	\N	{"corrects":null,"evidence":null,"id":141,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":25,"unit_id":53,"value":1.3999999999999999}	d868410909085ffbc44320cfaafbc9334b73633741f4954855b5751d29cdb073	d3b0ba343a3eee96ab15a15ed29cd1825935a5f6bc5db8f87f53051448456123
427	2026-12-07T01:40:49.669Z	\N	system	report	measurement	142	\N	{"corrects":null,"evidence":null,"id":142,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	d3b0ba343a3eee96ab15a15ed29cd1825935a5f6bc5db8f87f53051448456123	a31862358e16dc0f6e33c30cc04c5ec1ff94e8db4c4067974cdda39eab4ce76d
428	2026-12-07T01:40:49.672Z	\N	system	report	measurement	143	\N	{"corrects":null,"evidence":null,"id":143,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":25,"unit_id":53,"value":1.7}	a31862358e16dc0f6e33c30cc04c5ec1ff94e8db4c4067974cdda39eab4ce76d	84a86517e478d0e26c60a1d5e32cf02a370ab7461fe6fa63606f5fb97fb2a8fa
429	2026-12-07T01:40:49.688Z	\N	system	report	measurement	144	\N	{"corrects":null,"evidence":null,"id":144,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	84a86517e478d0e26c60a1d5e32cf02a370ab7461fe6fa63606f5fb97fb2a8fa	e5be5516f76c466209fceed6d8b6076f0709d2712ccf2c2f21c8b36c35b292eb
430	2026-12-07T01:40:49.691Z	\N	system	report	measurement	145	\N	{"corrects":null,"evidence":null,"id":145,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":25,"unit_id":53,"value":2.0}	e5be5516f76c466209fceed6d8b6076f0709d2712ccf2c2f21c8b36c35b292eb	de073f25c6996e6c061efeae763737b3917ab2efbd35e556369aa3c92ca2a603
431	2026-12-07T01:40:49.692Z	\N	system	report	measurement	146	\N	{"corrects":null,"evidence":null,"id":146,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	de073f25c6996e6c061efeae763737b3917ab2efbd35e556369aa3c92ca2a603	9b8bd1b3d5d507b5b742d8436885d2470cd9e97f4e606884f3f0f9a25a02d70c
432	2026-12-07T01:40:49.701Z	\N	system	report	measurement	147	\N	{"corrects":null,"evidence":null,"id":147,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":25,"unit_id":53,"value":2.2000000000000002}	9b8bd1b3d5d507b5b742d8436885d2470cd9e97f4e606884f3f0f9a25a02d70c	ab3b2e2f47bfa1629c762c3cc8b0ca6f12525b247292e6aaf8f91c805f8249dc
433	2026-12-07T01:40:49.702Z	\N	system	report	measurement	148	\N	{"corrects":null,"evidence":null,"id":148,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	ab3b2e2f47bfa1629c762c3cc8b0ca6f12525b247292e6aaf8f91c805f8249dc	53a400cdd5c2b530a230916deb7ce110f6fbde9e737e8f3b58cfb51029bed137
434	2026-12-07T01:40:49.704Z	\N	system	report	measurement	149	\N	{"corrects":null,"evidence":null,"id":149,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":8.0}	53a400cdd5c2b530a230916deb7ce110f6fbde9e737e8f3b58cfb51029bed137	60f383711a15cac2c3a2737fb5c52e0a7b4b6c529d05283c756146da952979d5
435	2026-12-07T01:40:49.706Z	\N	system	report	measurement	150	\N	{"corrects":null,"evidence":null,"id":150,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":15.0}	60f383711a15cac2c3a2737fb5c52e0a7b4b6c529d05283c756146da952979d5	36eb96e14ab0846b2ff67bf2321a92f705666840d0eafdf6012004279bcd13be
436	2026-12-07T01:40:49.707Z	\N	system	report	measurement	151	\N	{"corrects":null,"evidence":null,"id":151,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":24.0}	36eb96e14ab0846b2ff67bf2321a92f705666840d0eafdf6012004279bcd13be	020fa082059f5a7e626547672c9a8bfad9eb9e866d23864636a5519f18213f34
437	2026-12-07T01:40:49.708Z	\N	system	report	measurement	152	\N	{"corrects":null,"evidence":null,"id":152,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":32.0}	020fa082059f5a7e626547672c9a8bfad9eb9e866d23864636a5519f18213f34	c7531a7e234a87d8da9ba246f3e7c36ba46a24d5a140f75f4c9d6a708d629220
438	2026-12-07T01:40:49.709Z	\N	system	report	measurement	153	\N	{"corrects":null,"evidence":null,"id":153,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":40.0}	c7531a7e234a87d8da9ba246f3e7c36ba46a24d5a140f75f4c9d6a708d629220	94913745f5dee70f2e8e30c1b4803fc2c5a609af5b7e18f1f1a71b60137c9e32
439	2026-12-07T01:40:49.711Z	\N	system	report	measurement	154	\N	{"corrects":null,"evidence":null,"id":154,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":48.0}	94913745f5dee70f2e8e30c1b4803fc2c5a609af5b7e18f1f1a71b60137c9e32	7defa0371ba01bf64bd9111d59faee5f29a75daa165cbc5ad49b1b0ca9318edc
440	2026-12-07T01:40:49.717Z	\N	system	report	measurement	155	\N	{"corrects":null,"evidence":null,"id":155,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":56.0}	7defa0371ba01bf64bd9111d59faee5f29a75daa165cbc5ad49b1b0ca9318edc	6aa9cc5b1624a993802809913d80dbf502e941b0705a9a2c27dfc7027888e55e
441	2026-12-07T01:40:49.718Z	\N	system	report	measurement	156	\N	{"corrects":null,"evidence":null,"id":156,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":63.0}	6aa9cc5b1624a993802809913d80dbf502e941b0705a9a2c27dfc7027888e55e	edb3672b9a83c2e3cde085ce3ecc7ea399295057f2e287afbaf9d58af6b733e8
442	2026-12-07T01:40:49.718Z	\N	system	report	measurement	157	\N	{"corrects":null,"evidence":null,"id":157,"note":null,"period_no":9,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":71.0}	edb3672b9a83c2e3cde085ce3ecc7ea399295057f2e287afbaf9d58af6b733e8	b29a84b891a8cd4c0ec323c0476797991dfc9e18dcb53913f21f1e40576d4933
443	2026-12-07T01:40:49.722Z	\N	system	report	measurement	158	\N	{"corrects":null,"evidence":null,"id":158,"note":"Số liệu sơ bộ","period_no":10,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":80.0}	b29a84b891a8cd4c0ec323c0476797991dfc9e18dcb53913f21f1e40576d4933	6efb8ea038a738519d86f7185a6af61a23455858280305390fc500925f5c5f17
444	2026-12-07T01:40:49.726Z	\N	system	report	measurement	159	\N	{"corrects":null,"evidence":null,"id":159,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":94.0}	6efb8ea038a738519d86f7185a6af61a23455858280305390fc500925f5c5f17	813824da64c8fc4857f94905c1aacb666f53612ffe608d9bccc4353d7c28e463
445	2026-12-07T01:40:49.726Z	\N	system	report	measurement	160	\N	{"corrects":null,"evidence":null,"id":160,"note":null,"period_no":12,"reported_at":1796607649,"reporter":"system","target_id":27,"unit_id":60,"value":96.0}	813824da64c8fc4857f94905c1aacb666f53612ffe608d9bccc4353d7c28e463	48b59b629ee9dec329cb35fbddfa5e3216c52f631c58740912915a4f0bb9c83b
446	2026-12-07T01:40:49.727Z	\N	system	report	measurement	161	\N	{"corrects":null,"evidence":null,"id":161,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":28,"unit_id":60,"value":3.7999999999999998}	48b59b629ee9dec329cb35fbddfa5e3216c52f631c58740912915a4f0bb9c83b	d68b3107d8d509fac2b0ac21590aaef9665b51e7feaeec5a3fbb18d6f54d2f03
447	2026-12-07T01:40:49.729Z	\N	system	report	measurement	162	\N	{"corrects":null,"evidence":null,"id":162,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":29,"unit_id":60,"value":80.0}	d68b3107d8d509fac2b0ac21590aaef9665b51e7feaeec5a3fbb18d6f54d2f03	6cb67537f707ee9e42d3426af2d6c5bd928232785c3a090caf5395a6c78d35bd
448	2026-12-07T01:40:49.730Z	\N	system	report	measurement	163	\N	{"corrects":null,"evidence":null,"id":163,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":28,"unit_id":60,"value":4.2000000000000002}	6cb67537f707ee9e42d3426af2d6c5bd928232785c3a090caf5395a6c78d35bd	216711c0b7a706cc372f6bd226c9d20a6f2a6171b8b71309eaf9d5363f729442
449	2026-12-07T01:40:49.731Z	\N	system	report	measurement	164	\N	{"corrects":null,"evidence":null,"id":164,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607649,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	216711c0b7a706cc372f6bd226c9d20a6f2a6171b8b71309eaf9d5363f729442	f869eb8845c3cd2d8891d6f9065335cd1a0d846c94de62a905d58700ec123207
450	2026-12-07T01:40:49.732Z	\N	system	report	measurement	165	\N	{"corrects":null,"evidence":null,"id":165,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607649,"reporter":"system","target_id":28,"unit_id":60,"value":4.5999999999999996}	f869eb8845c3cd2d8891d6f9065335cd1a0d846c94de62a905d58700ec123207	04bcf65edbe8c0b68837da7425c938c390ab9da654f14e01217a46b8aeccedb0
451	2026-12-07T01:40:49.732Z	\N	system	report	measurement	166	\N	{"corrects":null,"evidence":null,"id":166,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	04bcf65edbe8c0b68837da7425c938c390ab9da654f14e01217a46b8aeccedb0	f0b3e5de88baa419aa7dd91e01ac9476b138fffc5df1cddb4792cede2ed65e87
452	2026-12-07T01:40:49.737Z	\N	system	report	measurement	167	\N	{"corrects":null,"evidence":null,"id":167,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":28,"unit_id":60,"value":4.9000000000000004}	f0b3e5de88baa419aa7dd91e01ac9476b138fffc5df1cddb4792cede2ed65e87	b757264a22a190a994387e11e316112356b28a177841e1058edd9ffffbcfe726
453	2026-12-07T01:40:49.738Z	\N	system	report	measurement	168	\N	{"corrects":null,"evidence":null,"id":168,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	b757264a22a190a994387e11e316112356b28a177841e1058edd9ffffbcfe726	87f6a34f3d26b4c93d5f7320786152209670d923b44b4b2635fca9adb10b25c0
454	2026-12-07T01:40:49.739Z	\N	system	report	measurement	169	\N	{"corrects":null,"evidence":null,"id":169,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":8.0}	87f6a34f3d26b4c93d5f7320786152209670d923b44b4b2635fca9adb10b25c0	b5d51b592458e1c0e4db74264247e381ec2f5a08af851b10a721b236519c3c24
455	2026-12-07T01:40:49.740Z	\N	system	report	measurement	170	\N	{"corrects":null,"evidence":null,"id":170,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":17.0}	b5d51b592458e1c0e4db74264247e381ec2f5a08af851b10a721b236519c3c24	56e83be617c07b04136e32b8aaccb9f536b1febcabf622ddfdfd08c6fb4de753
456	2026-12-07T01:40:49.743Z	\N	system	report	measurement	171	\N	{"corrects":null,"evidence":null,"id":171,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":26.0}	56e83be617c07b04136e32b8aaccb9f536b1febcabf622ddfdfd08c6fb4de753	d3a9684d1a86cee52f7287ea60743e32d2958d7ff65e90d3e7335d3bd087c8a7
457	2026-12-07T01:40:49.756Z	\N	system	report	measurement	172	\N	{"corrects":null,"evidence":null,"id":172,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":34.0}	d3a9684d1a86cee52f7287ea60743e32d2958d7ff65e90d3e7335d3bd087c8a7	22fa1d8ce801ae38e8872a98a33c7aac8105c6f7e9f5ff20548fa599ae80608e
458	2026-12-07T01:40:49.756Z	\N	system	report	measurement	173	\N	{"corrects":null,"evidence":null,"id":173,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":44.0}	22fa1d8ce801ae38e8872a98a33c7aac8105c6f7e9f5ff20548fa599ae80608e	34db36d8857f331e0703d838d2ae09bbeb424e73ec60de8e48e7df953f3674e6
459	2026-12-07T01:40:49.760Z	\N	system	report	measurement	174	\N	{"corrects":null,"evidence":null,"id":174,"note":null,"period_no":6,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":52.0}	34db36d8857f331e0703d838d2ae09bbeb424e73ec60de8e48e7df953f3674e6	febac4377216266fe8ab31e27fb16d5ea996b26d965d11990b46f4f99fa9eba3
460	2026-12-07T01:40:49.765Z	\N	system	report	measurement	175	\N	{"corrects":null,"evidence":null,"id":175,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":60.0}	febac4377216266fe8ab31e27fb16d5ea996b26d965d11990b46f4f99fa9eba3	884dc3eaef706e22312c4a023e20bd9ef243468362099647327340e31a2c9376
461	2026-12-07T01:40:49.766Z	\N	system	report	measurement	176	\N	{"corrects":null,"evidence":null,"id":176,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":69.0}	884dc3eaef706e22312c4a023e20bd9ef243468362099647327340e31a2c9376	a10e51f22d93912d2f4d912cc9b0d348f0e2fd2302eb3b48265bd27eaf723b1c
462	2026-12-07T01:40:49.766Z	\N	system	report	measurement	177	\N	{"corrects":null,"evidence":null,"id":177,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":77.0}	a10e51f22d93912d2f4d912cc9b0d348f0e2fd2302eb3b48265bd27eaf723b1c	2e8c3166422f1b1fc74a98552f67fde81e4a45ef5810cf5becdf128b805a1bf7
463	2026-12-07T01:40:49.767Z	\N	system	report	measurement	178	\N	{"corrects":null,"evidence":null,"id":178,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":86.0}	2e8c3166422f1b1fc74a98552f67fde81e4a45ef5810cf5becdf128b805a1bf7	bf945f77caf730d7b749ca2404d78779075ae3a415744a575d44ad9101b81546
464	2026-12-07T01:40:49.776Z	\N	system	report	measurement	179	\N	{"corrects":null,"evidence":null,"id":179,"note":null,"period_no":11,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":102.0}	bf945f77caf730d7b749ca2404d78779075ae3a415744a575d44ad9101b81546	acc5d41de8b158b076dbb0291d95e97950d9db1dae6150a65cbd0b058c26e653
465	2026-12-07T01:40:49.776Z	\N	system	report	measurement	180	\N	{"corrects":null,"evidence":null,"id":180,"note":null,"period_no":12,"reported_at":1796607649,"reporter":"system","target_id":30,"unit_id":67,"value":104.0}	acc5d41de8b158b076dbb0291d95e97950d9db1dae6150a65cbd0b058c26e653	f288f1c00c9c8e42b5d396d05e66c2d78c8adb96778ca058daf5a34782b93cec
466	2026-12-07T01:40:49.777Z	\N	system	report	measurement	181	\N	{"corrects":null,"evidence":null,"id":181,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":31,"unit_id":67,"value":3.2999999999999998}	f288f1c00c9c8e42b5d396d05e66c2d78c8adb96778ca058daf5a34782b93cec	ca65a4713bcebb46755deaa6d4c61a9708741ec3824b32696effee9a388fee1f
467	2026-12-07T01:40:49.780Z	\N	system	report	measurement	182	\N	{"corrects":null,"evidence":null,"id":182,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	ca65a4713bcebb46755deaa6d4c61a9708741ec3824b32696effee9a388fee1f	7b28b6d9d2e449bf09ccbb99351e0a797d913bf727b0a21362402e57c1f87622
468	2026-12-07T01:40:49.781Z	\N	system	report	measurement	183	\N	{"corrects":null,"evidence":null,"id":183,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":31,"unit_id":67,"value":3.7000000000000002}	7b28b6d9d2e449bf09ccbb99351e0a797d913bf727b0a21362402e57c1f87622	d83fc993ff2d68b5d2a6b54493de3589c5121ce2b2afb69044ece6ecc07853aa
469	2026-12-07T01:40:49.782Z	\N	system	report	measurement	184	\N	{"corrects":null,"evidence":null,"id":184,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	d83fc993ff2d68b5d2a6b54493de3589c5121ce2b2afb69044ece6ecc07853aa	ddf84987fef5cf6b239b3076c4a569d300addef56918d829635a703b4cc92e17
470	2026-12-07T01:40:49.788Z	\N	system	report	measurement	185	\N	{"corrects":null,"evidence":null,"id":185,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":31,"unit_id":67,"value":4.0999999999999996}	ddf84987fef5cf6b239b3076c4a569d300addef56918d829635a703b4cc92e17	6e6cb7e8150c50203db8641cbfaaafad99d7d86e9b3222de67906cf8ab2ce361
471	2026-12-07T01:40:49.788Z	\N	system	report	measurement	186	\N	{"corrects":null,"evidence":null,"id":186,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	6e6cb7e8150c50203db8641cbfaaafad99d7d86e9b3222de67906cf8ab2ce361	2c21230587068ed0332dcef04867944f0f6fc2055f2cfc688baace7e55f3e1e8
472	2026-12-07T01:40:49.789Z	\N	system	report	measurement	187	\N	{"corrects":null,"evidence":null,"id":187,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":31,"unit_id":67,"value":4.4000000000000004}	2c21230587068ed0332dcef04867944f0f6fc2055f2cfc688baace7e55f3e1e8	ec8b9211a1ff42934665bd63380eb75e779b5f27b02c183a5fd058de0b2abfea
473	2026-12-07T01:40:49.791Z	\N	system	report	measurement	188	\N	{"corrects":null,"evidence":null,"id":188,"note":null,"period_no":4,"reported_at":1796607649,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	ec8b9211a1ff42934665bd63380eb75e779b5f27b02c183a5fd058de0b2abfea	d71a11aca1f18b512f235fa079ea36dd56f36c029713267fac34fdaae7d15f0f
474	2026-12-07T01:40:49.800Z	\N	system	report	measurement	189	\N	{"corrects":null,"evidence":null,"id":189,"note":null,"period_no":1,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":20.0}	d71a11aca1f18b512f235fa079ea36dd56f36c029713267fac34fdaae7d15f0f	877777b6b59fe9eccd75382e8d0fcdf99f8f7805d8657338d2678bcecfadf91d
475	2026-12-07T01:40:49.802Z	\N	system	report	measurement	190	\N	{"corrects":null,"evidence":null,"id":190,"note":null,"period_no":2,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":41.0}	877777b6b59fe9eccd75382e8d0fcdf99f8f7805d8657338d2678bcecfadf91d	f7f4439e881815e623124598ad6b306a31688c35b38543bc29e96617fc3eedf7
476	2026-12-07T01:40:49.803Z	\N	system	report	measurement	191	\N	{"corrects":null,"evidence":null,"id":191,"note":null,"period_no":3,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":63.0}	f7f4439e881815e623124598ad6b306a31688c35b38543bc29e96617fc3eedf7	5bbc477c2a404e9295a3073fdf65f1cba6aae07ef8c48f4142ea7479ec51ee9a
477	2026-12-07T01:40:49.804Z	\N	system	report	measurement	192	\N	{"corrects":null,"evidence":null,"id":192,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":84.0}	5bbc477c2a404e9295a3073fdf65f1cba6aae07ef8c48f4142ea7479ec51ee9a	684cb8a807b5f9ba9b803d9e52fe0114edeecbf5bdf030606973677d5786c2c1
478	2026-12-07T01:40:49.804Z	\N	system	report	measurement	193	\N	{"corrects":null,"evidence":null,"id":193,"note":null,"period_no":5,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":107.0}	684cb8a807b5f9ba9b803d9e52fe0114edeecbf5bdf030606973677d5786c2c1	5f9f2ca55a60fbeea89c1682577e3c2d2f575b2a5238bc52ac8bca8d312b90e5
479	2026-12-07T01:40:49.805Z	\N	system	report	measurement	194	\N	{"corrects":null,"evidence":null,"id":194,"note":null,"period_no":6,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":127.0}	5f9f2ca55a60fbeea89c1682577e3c2d2f575b2a5238bc52ac8bca8d312b90e5	23cfef8a55c9d0e6554d59d8dc69ad5b5f162fda64e3d9b7d91f7ccec7f6e91c
480	2026-12-07T01:40:49.812Z	\N	system	report	measurement	195	\N	{"corrects":null,"evidence":null,"id":195,"note":null,"period_no":7,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":147.0}	23cfef8a55c9d0e6554d59d8dc69ad5b5f162fda64e3d9b7d91f7ccec7f6e91c	952f269b926261aefc3fc962b6e1deccd3775274abcaebb068815569d63db3af
481	2026-12-07T01:40:49.812Z	\N	system	report	measurement	196	\N	{"corrects":null,"evidence":null,"id":196,"note":null,"period_no":8,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":167.0}	952f269b926261aefc3fc962b6e1deccd3775274abcaebb068815569d63db3af	03289b98064d3f17b123a749f6b4bd8f2bcefbe1755e44db355fb8e29c872852
482	2026-12-07T01:40:49.813Z	\N	system	report	measurement	197	\N	{"corrects":null,"evidence":null,"id":197,"note":null,"period_no":9,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":188.0}	03289b98064d3f17b123a749f6b4bd8f2bcefbe1755e44db355fb8e29c872852	a89e09d97979438e9d5a4b5f79e261ee384dbb7ff684e3ee4c66703a3e07b462
483	2026-12-07T01:40:49.813Z	\N	system	report	measurement	198	\N	{"corrects":null,"evidence":null,"id":198,"note":null,"period_no":10,"reported_at":1796607649,"reporter":"system","target_id":33,"unit_id":74,"value":211.0}	a89e09d97979438e9d5a4b5f79e261ee384dbb7ff684e3ee4c66703a3e07b462	6fa19b745c832602eb9b516f177793c3dde5659eb8add257ba39c62eada2c829
484	2026-12-07T01:40:50.271Z	\N	system	report	measurement	199	\N	{"corrects":null,"evidence":null,"id":199,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607650,"reporter":"system","target_id":33,"unit_id":74,"value":249.0}	6fa19b745c832602eb9b516f177793c3dde5659eb8add257ba39c62eada2c829	8fc2ed1357d4d96676702fa6acba2b9ba0a7b1ce038b020bbf3938555dea861e
485	2026-12-07T01:40:50.279Z	\N	system	report	measurement	200	\N	{"corrects":null,"evidence":null,"id":200,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607650,"reporter":"system","target_id":33,"unit_id":74,"value":254.0}	8fc2ed1357d4d96676702fa6acba2b9ba0a7b1ce038b020bbf3938555dea861e	a980f0b63ee6190f5aad44450cc97312750ec86ea216c8d7762d10c011332075
486	2026-12-07T01:40:50.288Z	\N	system	report	measurement	201	\N	{"corrects":null,"evidence":null,"id":201,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":34,"unit_id":74,"value":2.8999999999999999}	a980f0b63ee6190f5aad44450cc97312750ec86ea216c8d7762d10c011332075	6267d5e99eeef2da8eae0a77d22273f7422daf8a64ac94e0e5404e58017f082c
487	2026-12-07T01:40:50.296Z	\N	system	report	measurement	202	\N	{"corrects":null,"evidence":null,"id":202,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	6267d5e99eeef2da8eae0a77d22273f7422daf8a64ac94e0e5404e58017f082c	e36e8b1536a84aed49c3ecae27e8d818b6b796d17238429f5ccf400dbe6fb9a2
488	2026-12-07T01:40:50.310Z	\N	system	report	measurement	203	\N	{"corrects":null,"evidence":null,"id":203,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":34,"unit_id":74,"value":3.3999999999999999}	e36e8b1536a84aed49c3ecae27e8d818b6b796d17238429f5ccf400dbe6fb9a2	5f269f2e36f4eea98a74072b595aa4d1fa702962bab9db503779336450eee1e3
489	2026-12-07T01:40:50.330Z	\N	system	report	measurement	204	\N	{"corrects":null,"evidence":null,"id":204,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	5f269f2e36f4eea98a74072b595aa4d1fa702962bab9db503779336450eee1e3	b43eba90ff17d5b7881fc86a0777669d7d831ebe03269c4fc281ee185e3527e1
490	2026-12-07T01:40:50.331Z	\N	system	report	measurement	205	\N	{"corrects":null,"evidence":null,"id":205,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":34,"unit_id":74,"value":3.7999999999999998}	b43eba90ff17d5b7881fc86a0777669d7d831ebe03269c4fc281ee185e3527e1	236c2f9b9b536ec41ef8fca12f1f25283eb00e90e4cfb99bd485d302ce739db1
491	2026-12-07T01:40:50.333Z	\N	system	report	measurement	206	\N	{"corrects":null,"evidence":null,"id":206,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607650,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	236c2f9b9b536ec41ef8fca12f1f25283eb00e90e4cfb99bd485d302ce739db1	88fc2d8842e926e3ac7392940cac4d80209e90a5e00baeb1024e2ce854e67f9b
492	2026-12-07T01:40:50.337Z	\N	system	report	measurement	207	\N	{"corrects":null,"evidence":null,"id":207,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607650,"reporter":"system","target_id":34,"unit_id":74,"value":4.2000000000000002}	88fc2d8842e926e3ac7392940cac4d80209e90a5e00baeb1024e2ce854e67f9b	b01b9a7521c5c8a140bbcd5326279ba9cb6c2ad8b0a2b551d1b6a18bab7a67f8
493	2026-12-07T01:40:50.344Z	\N	system	report	measurement	208	\N	{"corrects":null,"evidence":null,"id":208,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":35,"unit_id":74,"value":100.0}	b01b9a7521c5c8a140bbcd5326279ba9cb6c2ad8b0a2b551d1b6a18bab7a67f8	d8c74b38d2885d3d48478c7adf1c3838ed20dd10ca3495d65c8b145771a27c51
494	2026-12-07T01:40:50.347Z	\N	system	report	measurement	209	\N	{"corrects":null,"evidence":null,"id":209,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":9.0}	d8c74b38d2885d3d48478c7adf1c3838ed20dd10ca3495d65c8b145771a27c51	011b5a6663eff84323489042eb2312e4d1b7013064e2aff832ed9b3ba99644e9
495	2026-12-07T01:40:50.349Z	\N	system	report	measurement	210	\N	{"corrects":null,"evidence":null,"id":210,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":17.0}	011b5a6663eff84323489042eb2312e4d1b7013064e2aff832ed9b3ba99644e9	aca06fb1b149860520754c52fe9f75bce371304528efeef6069b14958f179513
496	2026-12-07T01:40:50.364Z	\N	system	report	measurement	211	\N	{"corrects":null,"evidence":null,"id":211,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":27.0}	aca06fb1b149860520754c52fe9f75bce371304528efeef6069b14958f179513	d2a622342121e83d1f6a812e15f8481efe586031208f74be46be4ebb6252be4d
497	2026-12-07T01:40:50.365Z	\N	system	report	measurement	212	\N	{"corrects":null,"evidence":null,"id":212,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":36.0}	d2a622342121e83d1f6a812e15f8481efe586031208f74be46be4ebb6252be4d	5b134fa1969cbe533430706562281995eedcf51e99e872b327f9295343497876
498	2026-12-07T01:40:50.369Z	\N	system	report	measurement	213	\N	{"corrects":null,"evidence":null,"id":213,"note":null,"period_no":5,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":46.0}	5b134fa1969cbe533430706562281995eedcf51e99e872b327f9295343497876	1406e40268cb1a574b4c67a18d27e4b07743af230260b88d5b6422a5af77f087
499	2026-12-07T01:40:50.372Z	\N	system	report	measurement	214	\N	{"corrects":null,"evidence":null,"id":214,"note":null,"period_no":6,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":55.0}	1406e40268cb1a574b4c67a18d27e4b07743af230260b88d5b6422a5af77f087	40b20373e171bafb8fab7b8029534bda817ff506bcafbcb5290f56c70340ea8f
500	2026-12-07T01:40:50.374Z	\N	system	report	measurement	215	\N	{"corrects":null,"evidence":null,"id":215,"note":null,"period_no":7,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":63.0}	40b20373e171bafb8fab7b8029534bda817ff506bcafbcb5290f56c70340ea8f	6aef29b4175c3dc4b5bf41623b01f2b6b0206ce37c73e7c88b924996c36446d0
501	2026-12-07T01:40:50.375Z	\N	system	report	measurement	216	\N	{"corrects":null,"evidence":null,"id":216,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":72.0}	6aef29b4175c3dc4b5bf41623b01f2b6b0206ce37c73e7c88b924996c36446d0	083ea1b994ae5846b3c6c401444bbc8d599f543f5b776ebef8da909590309001
502	2026-12-07T01:40:50.375Z	\N	system	report	measurement	217	\N	{"corrects":null,"evidence":null,"id":217,"note":null,"period_no":9,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":81.0}	083ea1b994ae5846b3c6c401444bbc8d599f543f5b776ebef8da909590309001	15dabc3b07902d3914f2dfa7660cae29598446d54038295d947e6878cdb0ac82
503	2026-12-07T01:40:50.384Z	\N	system	report	measurement	218	\N	{"corrects":null,"evidence":null,"id":218,"note":null,"period_no":10,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":91.0}	15dabc3b07902d3914f2dfa7660cae29598446d54038295d947e6878cdb0ac82	98ce1f46b964b6f5d6bbcb815d6f64baec86ea2501191a6e6c194579a5660d56
504	2026-12-07T01:40:50.388Z	\N	system	report	measurement	219	\N	{"corrects":null,"evidence":null,"id":219,"note":null,"period_no":11,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":107.0}	98ce1f46b964b6f5d6bbcb815d6f64baec86ea2501191a6e6c194579a5660d56	49b4b5f53cab2f3d76c10befda47c79b6aa686f6516598949ea35eab08a21b52
505	2026-12-07T01:40:50.389Z	\N	system	report	measurement	220	\N	{"corrects":null,"evidence":null,"id":220,"note":null,"period_no":12,"reported_at":1796607650,"reporter":"system","target_id":36,"unit_id":81,"value":109.0}	49b4b5f53cab2f3d76c10befda47c79b6aa686f6516598949ea35eab08a21b52	5ef9ca4d50824f08a6e305e14b0bd0e253b15392e0f5d23305e98358704fe07a
506	2026-12-07T01:40:50.389Z	\N	system	report	measurement	221	\N	{"corrects":null,"evidence":null,"id":221,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607650,"reporter":"system","target_id":37,"unit_id":81,"value":3.0}	5ef9ca4d50824f08a6e305e14b0bd0e253b15392e0f5d23305e98358704fe07a	5c8555ee19fbaea6280f3f63db4610c76f102db418701c387a49bc1d38f05174
507	2026-12-07T01:40:50.402Z	\N	system	report	measurement	222	\N	{"corrects":null,"evidence":null,"id":222,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":38,"unit_id":81,"value":60.0}	5c8555ee19fbaea6280f3f63db4610c76f102db418701c387a49bc1d38f05174	16f18da4a2ea9a0a9a96000ec2df26a8871cef4473fc58ec5774b1536525968e
508	2026-12-07T01:40:50.403Z	\N	system	report	measurement	223	\N	{"corrects":null,"evidence":null,"id":223,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":37,"unit_id":81,"value":3.5}	16f18da4a2ea9a0a9a96000ec2df26a8871cef4473fc58ec5774b1536525968e	e60b7a8c84bfc6a0a81a9d0496c5401a414a443c2e375277245a0d6042b5aebe
509	2026-12-07T01:40:50.407Z	\N	system	report	measurement	224	\N	{"corrects":null,"evidence":null,"id":224,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	e60b7a8c84bfc6a0a81a9d0496c5401a414a443c2e375277245a0d6042b5aebe	f32bc2ab4b8abdd463d8e46bb44823dca022363d231c202231571d45691e7005
510	2026-12-07T01:40:50.407Z	\N	system	report	measurement	225	\N	{"corrects":null,"evidence":null,"id":225,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":37,"unit_id":81,"value":3.7999999999999998}	f32bc2ab4b8abdd463d8e46bb44823dca022363d231c202231571d45691e7005	a1841d09a8891e311976b51590fa24d625c9fbfae7f5ae7e90c065cbd1e80309
511	2026-12-07T01:40:50.408Z	\N	system	report	measurement	226	\N	{"corrects":null,"evidence":null,"id":226,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	a1841d09a8891e311976b51590fa24d625c9fbfae7f5ae7e90c065cbd1e80309	494a30ef31878979f250df9cc4607869fba897dca990ba46bbe2d7ef6dfe5c1c
512	2026-12-07T01:40:50.411Z	\N	system	report	measurement	227	\N	{"corrects":null,"evidence":null,"id":227,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":37,"unit_id":81,"value":4.0}	494a30ef31878979f250df9cc4607869fba897dca990ba46bbe2d7ef6dfe5c1c	fdafce07d7a1ec700bc0fb9cf0723fc344dd70e32c50e7ad583ad76a7079afce
513	2026-12-07T01:40:50.414Z	\N	system	report	measurement	228	\N	{"corrects":null,"evidence":null,"id":228,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	fdafce07d7a1ec700bc0fb9cf0723fc344dd70e32c50e7ad583ad76a7079afce	f8ab18974dcead692733df1647cf99b7ed89c7d936bdcae83f6c904a1ccd4250
514	2026-12-07T01:40:50.415Z	\N	system	report	measurement	229	\N	{"corrects":null,"evidence":null,"id":229,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":16.0}	f8ab18974dcead692733df1647cf99b7ed89c7d936bdcae83f6c904a1ccd4250	bde3ad1a12f87f6d90f666390a9b25a796f7a29f62c3bb80cf39297281dd2002
515	2026-12-07T01:40:50.418Z	\N	system	report	measurement	230	\N	{"corrects":null,"evidence":null,"id":230,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":32.0}	bde3ad1a12f87f6d90f666390a9b25a796f7a29f62c3bb80cf39297281dd2002	f5888116ba9ef2502a82ab5d93e192c96856a2f0f15a2f8408ec7c7eef85a074
516	2026-12-07T01:40:50.420Z	\N	system	report	measurement	231	\N	{"corrects":null,"evidence":null,"id":231,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":50.0}	f5888116ba9ef2502a82ab5d93e192c96856a2f0f15a2f8408ec7c7eef85a074	2011a7408da85a6498d568d28520c4d6d051ecfad7d54b9324efdcef87b3c0d1
517	2026-12-07T01:40:50.424Z	\N	system	report	measurement	232	\N	{"corrects":null,"evidence":null,"id":232,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":67.0}	2011a7408da85a6498d568d28520c4d6d051ecfad7d54b9324efdcef87b3c0d1	34fec9f75852120b0ebd014fd4f970fb23513679d99c8365c8abc010cafd083c
518	2026-12-07T01:40:50.424Z	\N	system	report	measurement	233	\N	{"corrects":null,"evidence":null,"id":233,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":85.0}	34fec9f75852120b0ebd014fd4f970fb23513679d99c8365c8abc010cafd083c	d4ae34695674f04b40597dad6ea90d6955e809a2eb08c0fb9fb9832aff64977e
519	2026-12-07T01:40:50.428Z	\N	system	report	measurement	234	\N	{"corrects":null,"evidence":null,"id":234,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":101.0}	d4ae34695674f04b40597dad6ea90d6955e809a2eb08c0fb9fb9832aff64977e	3306b477461133cac90d657690d718fb84531a2f8bf08b73dec0386a7dde9898
520	2026-12-07T01:40:50.431Z	\N	system	report	measurement	235	\N	{"corrects":null,"evidence":null,"id":235,"note":null,"period_no":7,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":117.0}	3306b477461133cac90d657690d718fb84531a2f8bf08b73dec0386a7dde9898	f31c8b105bbab4a2d36e396402ea1d41e3f7d6b1ec6c36e11e17f0b120aa1788
521	2026-12-07T01:40:50.440Z	\N	system	report	measurement	236	\N	{"corrects":null,"evidence":null,"id":236,"note":null,"period_no":8,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":133.0}	f31c8b105bbab4a2d36e396402ea1d41e3f7d6b1ec6c36e11e17f0b120aa1788	ca8338bfbe04c0a24eccd52a6b34149d1971d958611edd1498591d8f26ab2b44
522	2026-12-07T01:40:50.441Z	\N	system	report	measurement	237	\N	{"corrects":null,"evidence":null,"id":237,"note":null,"period_no":9,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":149.0}	ca8338bfbe04c0a24eccd52a6b34149d1971d958611edd1498591d8f26ab2b44	e1c8c70c618f432903d7f70963b4c543ab0f9003961bda1e0083d38c59f961a8
523	2026-12-07T01:40:50.441Z	\N	system	report	measurement	238	\N	{"corrects":null,"evidence":null,"id":238,"note":null,"period_no":10,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":167.0}	e1c8c70c618f432903d7f70963b4c543ab0f9003961bda1e0083d38c59f961a8	65975c2f468986f897669ed00c95ed3c5dda44a4260bebca0ca8bc068d186045
524	2026-12-07T01:40:50.444Z	\N	system	report	measurement	239	\N	{"corrects":null,"evidence":null,"id":239,"note":null,"period_no":11,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":198.0}	65975c2f468986f897669ed00c95ed3c5dda44a4260bebca0ca8bc068d186045	b14efc2eb8ae326684428cb6ac3e7212e4d1912dcc85856c09579ab395f80821
525	2026-12-07T01:40:50.445Z	\N	system	report	measurement	240	\N	{"corrects":null,"evidence":null,"id":240,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607650,"reporter":"system","target_id":39,"unit_id":88,"value":202.0}	b14efc2eb8ae326684428cb6ac3e7212e4d1912dcc85856c09579ab395f80821	285072c13251165c860dafc28d5e14e7a2ac13d3fe3ee8eddf8e291c2850fe12
526	2026-12-07T01:40:50.445Z	\N	system	report	measurement	241	\N	{"corrects":null,"evidence":null,"id":241,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":40,"unit_id":88,"value":3.2000000000000002}	285072c13251165c860dafc28d5e14e7a2ac13d3fe3ee8eddf8e291c2850fe12	4ce564766ecf2a6602c287536a7c8285521f04ee1cee13d20ff91bd3679a630e
527	2026-12-07T01:40:50.454Z	\N	system	report	measurement	242	\N	{"corrects":null,"evidence":null,"id":242,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	4ce564766ecf2a6602c287536a7c8285521f04ee1cee13d20ff91bd3679a630e	1c969f1f3af29355aa380e65e527129634b54fb89aaa9b98eacd346ff71642a5
528	2026-12-07T01:40:50.454Z	\N	system	report	measurement	243	\N	{"corrects":null,"evidence":null,"id":243,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":40,"unit_id":88,"value":3.7999999999999998}	1c969f1f3af29355aa380e65e527129634b54fb89aaa9b98eacd346ff71642a5	d458fe2c51eddcb3cb4ba560e572ca7db3cc0d4d5f4b056a10a47bb2158ee741
529	2026-12-07T01:40:50.457Z	\N	system	report	measurement	244	\N	{"corrects":null,"evidence":null,"id":244,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	d458fe2c51eddcb3cb4ba560e572ca7db3cc0d4d5f4b056a10a47bb2158ee741	1cf98cf196d6f4c3429218e82e80064a68d2c0d7723be551bfad740154dacc54
530	2026-12-07T01:40:50.459Z	\N	system	report	measurement	245	\N	{"corrects":null,"evidence":null,"id":245,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":40,"unit_id":88,"value":4.2999999999999998}	1cf98cf196d6f4c3429218e82e80064a68d2c0d7723be551bfad740154dacc54	262a4df910c8185ac28c1a240ce9ab6960a42622b6b896af6c6efb19b4c0a200
531	2026-12-07T01:40:50.461Z	\N	system	report	measurement	246	\N	{"corrects":null,"evidence":null,"id":246,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	262a4df910c8185ac28c1a240ce9ab6960a42622b6b896af6c6efb19b4c0a200	f4605d4f9002213769223deaf06e7695483b4136b2e6fffa7abee0db32f4a354
532	2026-12-07T01:40:50.461Z	\N	system	report	measurement	247	\N	{"corrects":null,"evidence":null,"id":247,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":40,"unit_id":88,"value":4.7000000000000002}	f4605d4f9002213769223deaf06e7695483b4136b2e6fffa7abee0db32f4a354	34c5ea3e52eecf5a50fc9e7b30c541c2e5a97ce95a96549679bdae198acd10ae
533	2026-12-07T01:40:50.464Z	\N	system	report	measurement	248	\N	{"corrects":null,"evidence":null,"id":248,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607650,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	34c5ea3e52eecf5a50fc9e7b30c541c2e5a97ce95a96549679bdae198acd10ae	9f50e64058543c628f985d2fce324f7a6f2273bf53404868cdb1f7d4683b0cd9
534	2026-12-07T01:40:50.467Z	\N	system	report	measurement	249	\N	{"corrects":null,"evidence":null,"id":249,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":12.0}	9f50e64058543c628f985d2fce324f7a6f2273bf53404868cdb1f7d4683b0cd9	890b5d08dc681725231f88cf11d37be1ca05f60c319c70308de1945f063cd2b1
535	2026-12-07T01:40:50.468Z	\N	system	report	measurement	250	\N	{"corrects":null,"evidence":null,"id":250,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":24.0}	890b5d08dc681725231f88cf11d37be1ca05f60c319c70308de1945f063cd2b1	4e40d622f959d87b2b1fc8be105b712214f2e703d8c71caa7e3d59dc7da0d679
536	2026-12-07T01:40:50.468Z	\N	system	report	measurement	251	\N	{"corrects":null,"evidence":null,"id":251,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":38.0}	4e40d622f959d87b2b1fc8be105b712214f2e703d8c71caa7e3d59dc7da0d679	c3f35b120c66ad5b1f5cc55010ccb3dc01053a1e0e59dae84f2ba30b952a904f
537	2026-12-07T01:40:50.471Z	\N	system	report	measurement	252	\N	{"corrects":null,"evidence":null,"id":252,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":50.0}	c3f35b120c66ad5b1f5cc55010ccb3dc01053a1e0e59dae84f2ba30b952a904f	4ad373950da974cd26abe5c285adea319198ac07da1fae860cfc9ecdd903fa51
538	2026-12-07T01:40:50.472Z	\N	system	report	measurement	253	\N	{"corrects":null,"evidence":null,"id":253,"note":null,"period_no":5,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":63.0}	4ad373950da974cd26abe5c285adea319198ac07da1fae860cfc9ecdd903fa51	2e0c63ffe5c0057f8b8193110710cfebd5adeeadaa9a0837188683fe3aba1c06
539	2026-12-07T01:40:50.472Z	\N	system	report	measurement	254	\N	{"corrects":null,"evidence":null,"id":254,"note":null,"period_no":6,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":75.0}	2e0c63ffe5c0057f8b8193110710cfebd5adeeadaa9a0837188683fe3aba1c06	5667bb248c98fbdc6a86241b7821f7c99148bad54e42e260dcfc1dc291b05b62
540	2026-12-07T01:40:50.473Z	\N	system	report	measurement	255	\N	{"corrects":null,"evidence":null,"id":255,"note":null,"period_no":7,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":87.0}	5667bb248c98fbdc6a86241b7821f7c99148bad54e42e260dcfc1dc291b05b62	b2fbfb8e46cf8fc468590d817582932fa443ed2f7f45c2c519d397484b68ddef
541	2026-12-07T01:40:50.473Z	\N	system	report	measurement	256	\N	{"corrects":null,"evidence":null,"id":256,"note":null,"period_no":8,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":100.0}	b2fbfb8e46cf8fc468590d817582932fa443ed2f7f45c2c519d397484b68ddef	0961ec0a9bd4ad2a17822af32b2b0f5bd3a76bcdd794853560e0193f10ae9f1b
542	2026-12-07T01:40:50.474Z	\N	system	report	measurement	257	\N	{"corrects":null,"evidence":null,"id":257,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":112.0}	0961ec0a9bd4ad2a17822af32b2b0f5bd3a76bcdd794853560e0193f10ae9f1b	42e4e1fdf361407d2bbfbed062c4cd663c7471bc5a4c685ade0886f8859a48de
543	2026-12-07T01:40:50.476Z	\N	system	report	measurement	258	\N	{"corrects":null,"evidence":null,"id":258,"note":null,"period_no":10,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":125.0}	42e4e1fdf361407d2bbfbed062c4cd663c7471bc5a4c685ade0886f8859a48de	b6ae053a371c41170be9ea01ba5791cb127a2ec0e9ab895f1de516689fb1e2e3
544	2026-12-07T01:40:50.477Z	\N	system	report	measurement	259	\N	{"corrects":null,"evidence":null,"id":259,"note":null,"period_no":11,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":148.0}	b6ae053a371c41170be9ea01ba5791cb127a2ec0e9ab895f1de516689fb1e2e3	c4c20a75a1b9f98ed0c4f2380df97d67011ced90771233ff9b168bf069a4ce81
545	2026-12-07T01:40:50.480Z	\N	system	report	measurement	260	\N	{"corrects":null,"evidence":null,"id":260,"note":null,"period_no":12,"reported_at":1796607650,"reporter":"system","target_id":42,"unit_id":95,"value":151.0}	c4c20a75a1b9f98ed0c4f2380df97d67011ced90771233ff9b168bf069a4ce81	45174935e04fdfb95ea2fc9d4af4ae6053057897c516730dc86d81db9980fcc7
546	2026-12-07T01:40:50.480Z	\N	system	report	measurement	261	\N	{"corrects":null,"evidence":null,"id":261,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":43,"unit_id":95,"value":3.0}	45174935e04fdfb95ea2fc9d4af4ae6053057897c516730dc86d81db9980fcc7	3d6e0cf997bba29eb219d5e4c5ec3b21e2e2790e62c94c11c6bff2315e4637f9
547	2026-12-07T01:40:50.482Z	\N	system	report	measurement	262	\N	{"corrects":null,"evidence":null,"id":262,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607650,"reporter":"system","target_id":44,"unit_id":95,"value":80.0}	3d6e0cf997bba29eb219d5e4c5ec3b21e2e2790e62c94c11c6bff2315e4637f9	143262e9c7a75b2f8be3ecffc64aec083e739c36e183a6bf6549cf169949cceb
548	2026-12-07T01:40:50.482Z	\N	system	report	measurement	263	\N	{"corrects":null,"evidence":null,"id":263,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607650,"reporter":"system","target_id":43,"unit_id":95,"value":3.3999999999999999}	143262e9c7a75b2f8be3ecffc64aec083e739c36e183a6bf6549cf169949cceb	c330fcacdd7cc436b791dfcd7a66a190b28934c04ebc8c4918c242aa35b3c3da
549	2026-12-07T01:40:50.483Z	\N	system	report	measurement	264	\N	{"corrects":null,"evidence":null,"id":264,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	c330fcacdd7cc436b791dfcd7a66a190b28934c04ebc8c4918c242aa35b3c3da	a2d13fe5c35c8d3b207ff8b24f0cbaa68967b8041d4c741be3f67466c9b3d754
550	2026-12-07T01:40:50.483Z	\N	system	report	measurement	265	\N	{"corrects":null,"evidence":null,"id":265,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":43,"unit_id":95,"value":3.8999999999999999}	a2d13fe5c35c8d3b207ff8b24f0cbaa68967b8041d4c741be3f67466c9b3d754	9e38cb9001bb271cb64f3229080d1f277f97a31e3f6e14823d4aa18df4d3c7ba
551	2026-12-07T01:40:50.488Z	\N	system	report	measurement	266	\N	{"corrects":null,"evidence":null,"id":266,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	9e38cb9001bb271cb64f3229080d1f277f97a31e3f6e14823d4aa18df4d3c7ba	99b1afd619ccbe9224818e9fd0b02160cdc878b726787179be16f590ebdb4ae9
552	2026-12-07T01:40:50.489Z	\N	system	report	measurement	267	\N	{"corrects":null,"evidence":null,"id":267,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":43,"unit_id":95,"value":4.2999999999999998}	99b1afd619ccbe9224818e9fd0b02160cdc878b726787179be16f590ebdb4ae9	b41ee8878182eeda8f1191d068d817dd878d7dd9b435dd77c22ca3d81b8affeb
553	2026-12-07T01:40:50.491Z	\N	system	report	measurement	268	\N	{"corrects":null,"evidence":null,"id":268,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	b41ee8878182eeda8f1191d068d817dd878d7dd9b435dd77c22ca3d81b8affeb	af730e713541a7e36bce05e772293f6aad5398569251c74117603b5785c65fc9
554	2026-12-07T01:40:50.492Z	\N	system	report	measurement	269	\N	{"corrects":null,"evidence":null,"id":269,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":4.0}	af730e713541a7e36bce05e772293f6aad5398569251c74117603b5785c65fc9	37393721358dd1f8a73c1bbfcdfa2e43cf885227a2c9018c3a8e95ead8922a0a
555	2026-12-07T01:40:50.492Z	\N	system	report	measurement	270	\N	{"corrects":null,"evidence":null,"id":270,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":8.0}	37393721358dd1f8a73c1bbfcdfa2e43cf885227a2c9018c3a8e95ead8922a0a	7ec86a27b7f5b31207e5c0707cded996f18f88cb7fb2eb8d4f8d29fb4e8b8943
556	2026-12-07T01:40:50.493Z	\N	system	report	measurement	271	\N	{"corrects":null,"evidence":null,"id":271,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":12.0}	7ec86a27b7f5b31207e5c0707cded996f18f88cb7fb2eb8d4f8d29fb4e8b8943	a6ae4544b25a1a67b017496ef4f5f227eb54cbf766a1861f4d10e1fc2953de68
557	2026-12-07T01:40:50.494Z	\N	system	report	measurement	272	\N	{"corrects":null,"evidence":null,"id":272,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":16.0}	a6ae4544b25a1a67b017496ef4f5f227eb54cbf766a1861f4d10e1fc2953de68	4b796b8fbbf70118aea92a036c3338c344b649c3086f66ea49641a4e48f68e2a
558	2026-12-07T01:40:50.494Z	\N	system	report	measurement	273	\N	{"corrects":null,"evidence":null,"id":273,"note":null,"period_no":5,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":20.0}	4b796b8fbbf70118aea92a036c3338c344b649c3086f66ea49641a4e48f68e2a	28b8cca8317622b340cc9be8c1571e2ac6190e01ad2640e456f0fd9de130631f
559	2026-12-07T01:40:50.495Z	\N	system	report	measurement	274	\N	{"corrects":null,"evidence":null,"id":274,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":24.0}	28b8cca8317622b340cc9be8c1571e2ac6190e01ad2640e456f0fd9de130631f	f921d29cc903228e18ae839004a9ab254e80bf26fdfdd52ed43efe29ff4c03d6
560	2026-12-07T01:40:50.495Z	\N	system	report	measurement	275	\N	{"corrects":null,"evidence":null,"id":275,"note":null,"period_no":7,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":27.0}	f921d29cc903228e18ae839004a9ab254e80bf26fdfdd52ed43efe29ff4c03d6	9736da35fd42a6b7a7b1ec9553458f091cd3c6fae48e72e5e1b8ffb581a27d4e
561	2026-12-07T01:40:50.495Z	\N	system	report	measurement	276	\N	{"corrects":null,"evidence":null,"id":276,"note":null,"period_no":8,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":31.0}	9736da35fd42a6b7a7b1ec9553458f091cd3c6fae48e72e5e1b8ffb581a27d4e	4df6e97171919166fdbe33c778900ea918bc497f8ce27848883e7e354a330926
562	2026-12-07T01:40:50.496Z	\N	system	report	measurement	277	\N	{"corrects":null,"evidence":null,"id":277,"note":null,"period_no":9,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":35.0}	4df6e97171919166fdbe33c778900ea918bc497f8ce27848883e7e354a330926	20cf39aa767653c99b4f259b41b855aa8c02426b2171850e27fd13285101dd11
563	2026-12-07T01:40:50.504Z	\N	system	report	measurement	278	\N	{"corrects":null,"evidence":null,"id":278,"note":null,"period_no":10,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":39.0}	20cf39aa767653c99b4f259b41b855aa8c02426b2171850e27fd13285101dd11	4e15d35ad063edfc84744629a82cd67501c34e7fe1a94a89c8e793ebbd0440f2
564	2026-12-07T01:40:50.504Z	\N	system	report	measurement	279	\N	{"corrects":null,"evidence":null,"id":279,"note":null,"period_no":11,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":46.0}	4e15d35ad063edfc84744629a82cd67501c34e7fe1a94a89c8e793ebbd0440f2	e9b1a576b5f8208f46427c70d539452607fae7b0b69264b303dad119cfb9bdbd
565	2026-12-07T01:40:50.507Z	\N	system	report	measurement	280	\N	{"corrects":null,"evidence":null,"id":280,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607650,"reporter":"system","target_id":45,"unit_id":102,"value":47.0}	e9b1a576b5f8208f46427c70d539452607fae7b0b69264b303dad119cfb9bdbd	d639ba5bd97ee6db7fa5c96fdf3904c253f6aef8c3b27a6aaeab5df78d26feb9
566	2026-12-07T01:40:50.511Z	\N	system	report	measurement	281	\N	{"corrects":null,"evidence":null,"id":281,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":46,"unit_id":102,"value":3.1000000000000001}	d639ba5bd97ee6db7fa5c96fdf3904c253f6aef8c3b27a6aaeab5df78d26feb9	84ece3f340d09856d28148e638b55242cbabad4e1f641f9efa5be420db3580ed
567	2026-12-07T01:40:50.515Z	\N	system	report	measurement	282	\N	{"corrects":null,"evidence":null,"id":282,"note":null,"period_no":1,"reported_at":1796607650,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	84ece3f340d09856d28148e638b55242cbabad4e1f641f9efa5be420db3580ed	ec87eb3d9c0d71d21c07be83e33a0a92377431f164907aaf176c9c51e3422cea
568	2026-12-07T01:40:50.518Z	\N	system	report	measurement	283	\N	{"corrects":null,"evidence":null,"id":283,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":46,"unit_id":102,"value":3.3999999999999999}	ec87eb3d9c0d71d21c07be83e33a0a92377431f164907aaf176c9c51e3422cea	f27de0becf28eddff76e3987abd065ec78b373e68ed3e15299f2577aba76a3fb
569	2026-12-07T01:40:50.519Z	\N	system	report	measurement	284	\N	{"corrects":null,"evidence":null,"id":284,"note":null,"period_no":2,"reported_at":1796607650,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	f27de0becf28eddff76e3987abd065ec78b373e68ed3e15299f2577aba76a3fb	d930aaf5885b724fe9289a1e028899139afdd804a4c477c31c44049fd676af45
570	2026-12-07T01:40:50.519Z	\N	system	report	measurement	285	\N	{"corrects":null,"evidence":null,"id":285,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":46,"unit_id":102,"value":3.7000000000000002}	d930aaf5885b724fe9289a1e028899139afdd804a4c477c31c44049fd676af45	340c5715ea1a5ab6c7dabe019e58fb3617bdd955e8542d0073a1726e1b7e4353
571	2026-12-07T01:40:50.520Z	\N	system	report	measurement	286	\N	{"corrects":null,"evidence":null,"id":286,"note":null,"period_no":3,"reported_at":1796607650,"reporter":"system","target_id":47,"unit_id":102,"value":60.0}	340c5715ea1a5ab6c7dabe019e58fb3617bdd955e8542d0073a1726e1b7e4353	81851610a30f24911e0c2761ee0c27139f6a89ec30256d04e6221ed7571f3006
572	2026-12-07T01:40:50.520Z	\N	system	report	measurement	287	\N	{"corrects":null,"evidence":null,"id":287,"note":null,"period_no":4,"reported_at":1796607650,"reporter":"system","target_id":46,"unit_id":102,"value":3.8999999999999999}	81851610a30f24911e0c2761ee0c27139f6a89ec30256d04e6221ed7571f3006	8c463618be7c36eb605ceb7acbfb4edf021629e07da6b42f6473a8ecc578a8ed
\.


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttle (key, failures, window_start) FROM stdin;
\.


--
-- Data for Name: measurement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measurement (id, target_id, unit_id, period_no, value, note, evidence, reporter_id, reporter, reported_at, supersedes_id, superseded_by) FROM stdin;
1	1	2	1	10.2	Số liệu sơ bộ	\N	\N	system	1796607648	\N	\N
2	2	2	1	10.4	Số liệu sơ bộ	\N	\N	system	1796607648	\N	\N
3	3	2	1	5.8	Số liệu sơ bộ	\N	\N	system	1796607648	\N	\N
4	7	2	1	68.4	Số liệu sơ bộ	\N	\N	system	1796607648	\N	\N
5	1	2	2	10.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607648	\N	\N
6	2	2	2	10.2	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607648	\N	\N
7	3	2	2	6.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607648	\N	\N
8	7	2	2	70.6	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607648	\N	\N
9	1	2	3	10.5	\N	\N	\N	system	1796607648	\N	\N
10	2	2	3	9.9	Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu	\N	\N	system	1796607648	\N	\N
11	3	2	3	6.9	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607648	\N	\N
12	7	2	3	71.3	\N	\N	\N	system	1796607648	\N	\N
13	1	2	4	10.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607648	\N	\N
14	2	2	4	9.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607648	\N	\N
15	3	2	4	7.1	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607648	\N	\N
16	7	2	4	72	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607648	\N	\N
17	4	2	1	4	\N	\N	\N	system	1796607648	\N	\N
18	4	2	2	6.5	\N	\N	\N	system	1796607648	\N	\N
20	4	2	3	14.5	Điều chỉnh theo số liệu Kho bạc	\N	\N	system	1796607648	19	\N
19	4	2	3	12	Số liệu sơ bộ	\N	\N	system	1796607648	\N	20
21	4	2	4	12	\N	\N	\N	system	1796607648	\N	\N
22	4	2	5	16	\N	\N	\N	system	1796607648	\N	\N
23	4	2	6	22	Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng	\N	\N	system	1796607648	\N	\N
24	4	2	7	20	\N	\N	\N	system	1796607648	\N	\N
25	4	2	8	22	\N	\N	\N	system	1796607648	\N	\N
26	4	2	9	26	\N	\N	\N	system	1796607648	\N	\N
27	4	2	10	28	\N	\N	\N	system	1796607648	\N	\N
28	4	2	11	34	\N	\N	\N	system	1796607648	\N	\N
29	4	2	12	50	Số liệu sơ bộ, chờ đối chiếu Kho bạc	\N	\N	system	1796607648	\N	\N
30	9	18	1	12	\N	\N	\N	system	1796607648	\N	\N
31	9	18	2	25	\N	\N	\N	system	1796607648	\N	\N
32	9	18	3	39	\N	\N	\N	system	1796607648	\N	\N
33	9	18	4	51	\N	\N	\N	system	1796607648	\N	\N
34	9	18	5	65	\N	\N	\N	system	1796607648	\N	\N
35	9	18	6	77	\N	\N	\N	system	1796607648	\N	\N
36	9	18	7	90	Số liệu sơ bộ	\N	\N	system	1796607648	\N	\N
37	9	18	8	102	\N	\N	\N	system	1796607648	\N	\N
38	9	18	9	115	\N	\N	\N	system	1796607648	\N	\N
39	9	18	10	128	\N	\N	\N	system	1796607648	\N	\N
40	9	18	11	152	\N	\N	\N	system	1796607648	\N	\N
41	9	18	12	155	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607648	\N	\N
42	10	18	1	3.1	\N	\N	\N	system	1796607648	\N	\N
43	11	18	1	80	\N	\N	\N	system	1796607648	\N	\N
44	10	18	2	3.6	\N	\N	\N	system	1796607648	\N	\N
45	11	18	2	80	\N	\N	\N	system	1796607648	\N	\N
46	10	18	3	4	\N	\N	\N	system	1796607649	\N	\N
47	11	18	3	100	\N	\N	\N	system	1796607649	\N	\N
48	10	18	4	4.3	\N	\N	\N	system	1796607649	\N	\N
49	11	18	4	100	\N	\N	\N	system	1796607649	\N	\N
50	12	25	1	10	\N	\N	\N	system	1796607649	\N	\N
51	12	25	2	19	\N	\N	\N	system	1796607649	\N	\N
52	12	25	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
53	12	25	4	40	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
54	12	25	5	51	\N	\N	\N	system	1796607649	\N	\N
55	12	25	6	61	\N	\N	\N	system	1796607649	\N	\N
56	12	25	7	71	\N	\N	\N	system	1796607649	\N	\N
57	12	25	8	80	\N	\N	\N	system	1796607649	\N	\N
58	12	25	9	90	\N	\N	\N	system	1796607649	\N	\N
59	12	25	10	101	\N	\N	\N	system	1796607649	\N	\N
60	12	25	11	119	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
61	12	25	12	122	\N	\N	\N	system	1796607649	\N	\N
62	13	25	1	2.8	\N	\N	\N	system	1796607649	\N	\N
63	14	25	1	60	\N	\N	\N	system	1796607649	\N	\N
64	13	25	2	3.3	\N	\N	\N	system	1796607649	\N	\N
65	14	25	2	80	\N	\N	\N	system	1796607649	\N	\N
66	13	25	3	3.7	\N	\N	\N	system	1796607649	\N	\N
67	14	25	3	80	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
68	13	25	4	4	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
69	14	25	4	80	\N	\N	\N	system	1796607649	\N	\N
70	15	32	1	3	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
71	15	32	2	5	\N	\N	\N	system	1796607649	\N	\N
72	15	32	3	8	\N	\N	\N	system	1796607649	\N	\N
73	15	32	4	11	\N	\N	\N	system	1796607649	\N	\N
74	15	32	5	14	\N	\N	\N	system	1796607649	\N	\N
75	15	32	6	17	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
76	15	32	7	19	\N	\N	\N	system	1796607649	\N	\N
77	15	32	8	22	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
78	15	32	9	25	\N	\N	\N	system	1796607649	\N	\N
79	15	32	10	28	\N	\N	\N	system	1796607649	\N	\N
80	15	32	11	33	\N	\N	\N	system	1796607649	\N	\N
81	16	32	1	3.4	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
82	17	32	1	40	\N	\N	\N	system	1796607649	\N	\N
83	16	32	2	3.8	\N	\N	\N	system	1796607649	\N	\N
84	17	32	2	60	\N	\N	\N	system	1796607649	\N	\N
85	16	32	3	4.2	\N	\N	\N	system	1796607649	\N	\N
86	17	32	3	60	\N	\N	\N	system	1796607649	\N	\N
87	16	32	4	4.6	\N	\N	\N	system	1796607649	\N	\N
88	17	32	4	60	\N	\N	\N	system	1796607649	\N	\N
89	18	39	1	14	\N	\N	\N	system	1796607649	\N	\N
90	18	39	2	28	\N	\N	\N	system	1796607649	\N	\N
91	18	39	3	44	\N	\N	\N	system	1796607649	\N	\N
92	18	39	4	59	\N	\N	\N	system	1796607649	\N	\N
93	18	39	5	75	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
94	18	39	6	89	\N	\N	\N	system	1796607649	\N	\N
95	18	39	7	103	\N	\N	\N	system	1796607649	\N	\N
96	18	39	8	117	\N	\N	\N	system	1796607649	\N	\N
97	18	39	9	131	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
98	18	39	10	147	\N	\N	\N	system	1796607649	\N	\N
99	18	39	11	174	\N	\N	\N	system	1796607649	\N	\N
100	18	39	12	177	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
101	19	39	1	2.9	\N	\N	\N	system	1796607649	\N	\N
102	20	39	1	80	\N	\N	\N	system	1796607649	\N	\N
103	19	39	2	3.2	\N	\N	\N	system	1796607649	\N	\N
104	20	39	2	80	\N	\N	\N	system	1796607649	\N	\N
105	19	39	3	3.6	\N	\N	\N	system	1796607649	\N	\N
106	20	39	3	80	\N	\N	\N	system	1796607649	\N	\N
107	19	39	4	3.9	\N	\N	\N	system	1796607649	\N	\N
108	20	39	4	100	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
109	21	46	1	7	\N	\N	\N	system	1796607649	\N	\N
110	21	46	2	14	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
111	21	46	3	22	\N	\N	\N	system	1796607649	\N	\N
112	21	46	4	29	\N	\N	\N	system	1796607649	\N	\N
113	21	46	5	37	\N	\N	\N	system	1796607649	\N	\N
114	21	46	6	44	\N	\N	\N	system	1796607649	\N	\N
115	21	46	7	51	\N	\N	\N	system	1796607649	\N	\N
116	21	46	8	58	\N	\N	\N	system	1796607649	\N	\N
117	21	46	9	65	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
118	21	46	10	73	\N	\N	\N	system	1796607649	\N	\N
119	21	46	11	86	\N	\N	\N	system	1796607649	\N	\N
120	21	46	12	88	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
121	22	46	1	3.2	\N	\N	\N	system	1796607649	\N	\N
122	23	46	1	60	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
123	22	46	2	3.5	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
124	23	46	2	80	\N	\N	\N	system	1796607649	\N	\N
125	22	46	3	3.9	\N	\N	\N	system	1796607649	\N	\N
126	23	46	3	80	\N	\N	\N	system	1796607649	\N	\N
127	22	46	4	4.1	\N	\N	\N	system	1796607649	\N	\N
128	23	46	4	80	\N	\N	\N	system	1796607649	\N	\N
129	24	53	1	10	\N	\N	\N	system	1796607649	\N	\N
130	24	53	2	19	\N	\N	\N	system	1796607649	\N	\N
131	24	53	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
132	24	53	4	40	\N	\N	\N	system	1796607649	\N	\N
133	24	53	5	51	\N	\N	\N	system	1796607649	\N	\N
134	24	53	6	60	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
135	24	53	7	70	\N	\N	\N	system	1796607649	\N	\N
136	24	53	8	80	\N	\N	\N	system	1796607649	\N	\N
137	24	53	9	89	\N	\N	\N	system	1796607649	\N	\N
138	24	53	10	100	\N	\N	\N	system	1796607649	\N	\N
139	24	53	11	118	\N	\N	\N	system	1796607649	\N	\N
140	24	53	12	121	\N	\N	\N	system	1796607649	\N	\N
141	25	53	1	1.4	\N	\N	\N	system	1796607649	\N	\N
142	26	53	1	80	\N	\N	\N	system	1796607649	\N	\N
143	25	53	2	1.7	\N	\N	\N	system	1796607649	\N	\N
144	26	53	2	80	\N	\N	\N	system	1796607649	\N	\N
145	25	53	3	2	\N	\N	\N	system	1796607649	\N	\N
146	26	53	3	80	\N	\N	\N	system	1796607649	\N	\N
147	25	53	4	2.2	\N	\N	\N	system	1796607649	\N	\N
148	26	53	4	80	\N	\N	\N	system	1796607649	\N	\N
149	27	60	1	8	\N	\N	\N	system	1796607649	\N	\N
150	27	60	2	15	\N	\N	\N	system	1796607649	\N	\N
151	27	60	3	24	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
152	27	60	4	32	\N	\N	\N	system	1796607649	\N	\N
153	27	60	5	40	\N	\N	\N	system	1796607649	\N	\N
154	27	60	6	48	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
155	27	60	7	56	\N	\N	\N	system	1796607649	\N	\N
156	27	60	8	63	\N	\N	\N	system	1796607649	\N	\N
157	27	60	9	71	\N	\N	\N	system	1796607649	\N	\N
158	27	60	10	80	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
159	27	60	11	94	\N	\N	\N	system	1796607649	\N	\N
160	27	60	12	96	\N	\N	\N	system	1796607649	\N	\N
161	28	60	1	3.8	\N	\N	\N	system	1796607649	\N	\N
162	29	60	1	80	\N	\N	\N	system	1796607649	\N	\N
163	28	60	2	4.2	\N	\N	\N	system	1796607649	\N	\N
164	29	60	2	100	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
165	28	60	3	4.6	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
166	29	60	3	100	\N	\N	\N	system	1796607649	\N	\N
167	28	60	4	4.9	\N	\N	\N	system	1796607649	\N	\N
168	29	60	4	100	\N	\N	\N	system	1796607649	\N	\N
169	30	67	1	8	\N	\N	\N	system	1796607649	\N	\N
170	30	67	2	17	\N	\N	\N	system	1796607649	\N	\N
171	30	67	3	26	\N	\N	\N	system	1796607649	\N	\N
172	30	67	4	34	\N	\N	\N	system	1796607649	\N	\N
173	30	67	5	44	\N	\N	\N	system	1796607649	\N	\N
174	30	67	6	52	\N	\N	\N	system	1796607649	\N	\N
175	30	67	7	60	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
176	30	67	8	69	\N	\N	\N	system	1796607649	\N	\N
177	30	67	9	77	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607649	\N	\N
178	30	67	10	86	\N	\N	\N	system	1796607649	\N	\N
179	30	67	11	102	\N	\N	\N	system	1796607649	\N	\N
180	30	67	12	104	\N	\N	\N	system	1796607649	\N	\N
181	31	67	1	3.3	\N	\N	\N	system	1796607649	\N	\N
182	32	67	1	80	\N	\N	\N	system	1796607649	\N	\N
183	31	67	2	3.7	\N	\N	\N	system	1796607649	\N	\N
184	32	67	2	80	\N	\N	\N	system	1796607649	\N	\N
185	31	67	3	4.1	\N	\N	\N	system	1796607649	\N	\N
186	32	67	3	100	\N	\N	\N	system	1796607649	\N	\N
187	31	67	4	4.4	\N	\N	\N	system	1796607649	\N	\N
188	32	67	4	100	\N	\N	\N	system	1796607649	\N	\N
189	33	74	1	20	\N	\N	\N	system	1796607649	\N	\N
190	33	74	2	41	\N	\N	\N	system	1796607649	\N	\N
191	33	74	3	63	\N	\N	\N	system	1796607649	\N	\N
192	33	74	4	84	Số liệu sơ bộ	\N	\N	system	1796607649	\N	\N
193	33	74	5	107	\N	\N	\N	system	1796607649	\N	\N
194	33	74	6	127	\N	\N	\N	system	1796607649	\N	\N
195	33	74	7	147	\N	\N	\N	system	1796607649	\N	\N
196	33	74	8	167	\N	\N	\N	system	1796607649	\N	\N
197	33	74	9	188	\N	\N	\N	system	1796607649	\N	\N
198	33	74	10	211	\N	\N	\N	system	1796607649	\N	\N
199	33	74	11	249	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
200	33	74	12	254	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607650	\N	\N
201	34	74	1	2.9	\N	\N	\N	system	1796607650	\N	\N
202	35	74	1	80	\N	\N	\N	system	1796607650	\N	\N
203	34	74	2	3.4	\N	\N	\N	system	1796607650	\N	\N
204	35	74	2	80	\N	\N	\N	system	1796607650	\N	\N
205	34	74	3	3.8	\N	\N	\N	system	1796607650	\N	\N
206	35	74	3	80	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
207	34	74	4	4.2	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
208	35	74	4	100	\N	\N	\N	system	1796607650	\N	\N
209	36	81	1	9	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
210	36	81	2	17	\N	\N	\N	system	1796607650	\N	\N
211	36	81	3	27	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607650	\N	\N
212	36	81	4	36	\N	\N	\N	system	1796607650	\N	\N
213	36	81	5	46	\N	\N	\N	system	1796607650	\N	\N
214	36	81	6	55	\N	\N	\N	system	1796607650	\N	\N
215	36	81	7	63	\N	\N	\N	system	1796607650	\N	\N
216	36	81	8	72	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
217	36	81	9	81	\N	\N	\N	system	1796607650	\N	\N
218	36	81	10	91	\N	\N	\N	system	1796607650	\N	\N
219	36	81	11	107	\N	\N	\N	system	1796607650	\N	\N
220	36	81	12	109	\N	\N	\N	system	1796607650	\N	\N
221	37	81	1	3	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
222	38	81	1	60	\N	\N	\N	system	1796607650	\N	\N
223	37	81	2	3.5	\N	\N	\N	system	1796607650	\N	\N
224	38	81	2	80	\N	\N	\N	system	1796607650	\N	\N
225	37	81	3	3.8	\N	\N	\N	system	1796607650	\N	\N
226	38	81	3	80	\N	\N	\N	system	1796607650	\N	\N
227	37	81	4	4	\N	\N	\N	system	1796607650	\N	\N
228	38	81	4	80	\N	\N	\N	system	1796607650	\N	\N
229	39	88	1	16	\N	\N	\N	system	1796607650	\N	\N
230	39	88	2	32	\N	\N	\N	system	1796607650	\N	\N
231	39	88	3	50	\N	\N	\N	system	1796607650	\N	\N
232	39	88	4	67	\N	\N	\N	system	1796607650	\N	\N
233	39	88	5	85	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
234	39	88	6	101	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607650	\N	\N
235	39	88	7	117	\N	\N	\N	system	1796607650	\N	\N
236	39	88	8	133	\N	\N	\N	system	1796607650	\N	\N
237	39	88	9	149	\N	\N	\N	system	1796607650	\N	\N
238	39	88	10	167	\N	\N	\N	system	1796607650	\N	\N
239	39	88	11	198	\N	\N	\N	system	1796607650	\N	\N
240	39	88	12	202	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
241	40	88	1	3.2	\N	\N	\N	system	1796607650	\N	\N
242	41	88	1	80	\N	\N	\N	system	1796607650	\N	\N
243	40	88	2	3.8	\N	\N	\N	system	1796607650	\N	\N
244	41	88	2	80	\N	\N	\N	system	1796607650	\N	\N
245	40	88	3	4.3	\N	\N	\N	system	1796607650	\N	\N
246	41	88	3	100	\N	\N	\N	system	1796607650	\N	\N
247	40	88	4	4.7	\N	\N	\N	system	1796607650	\N	\N
248	41	88	4	100	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
249	42	95	1	12	\N	\N	\N	system	1796607650	\N	\N
250	42	95	2	24	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
251	42	95	3	38	\N	\N	\N	system	1796607650	\N	\N
252	42	95	4	50	\N	\N	\N	system	1796607650	\N	\N
253	42	95	5	63	\N	\N	\N	system	1796607650	\N	\N
254	42	95	6	75	\N	\N	\N	system	1796607650	\N	\N
255	42	95	7	87	\N	\N	\N	system	1796607650	\N	\N
256	42	95	8	100	\N	\N	\N	system	1796607650	\N	\N
257	42	95	9	112	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607650	\N	\N
258	42	95	10	125	\N	\N	\N	system	1796607650	\N	\N
259	42	95	11	148	\N	\N	\N	system	1796607650	\N	\N
260	42	95	12	151	\N	\N	\N	system	1796607650	\N	\N
261	43	95	1	3	\N	\N	\N	system	1796607650	\N	\N
262	44	95	1	80	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
263	43	95	2	3.4	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
264	44	95	2	100	\N	\N	\N	system	1796607650	\N	\N
265	43	95	3	3.9	\N	\N	\N	system	1796607650	\N	\N
266	44	95	3	100	\N	\N	\N	system	1796607650	\N	\N
267	43	95	4	4.3	\N	\N	\N	system	1796607650	\N	\N
268	44	95	4	100	\N	\N	\N	system	1796607650	\N	\N
269	45	102	1	4	\N	\N	\N	system	1796607650	\N	\N
270	45	102	2	8	\N	\N	\N	system	1796607650	\N	\N
271	45	102	3	12	\N	\N	\N	system	1796607650	\N	\N
272	45	102	4	16	\N	\N	\N	system	1796607650	\N	\N
273	45	102	5	20	\N	\N	\N	system	1796607650	\N	\N
274	45	102	6	24	Số liệu sơ bộ	\N	\N	system	1796607650	\N	\N
275	45	102	7	27	\N	\N	\N	system	1796607650	\N	\N
276	45	102	8	31	\N	\N	\N	system	1796607650	\N	\N
277	45	102	9	35	\N	\N	\N	system	1796607650	\N	\N
278	45	102	10	39	\N	\N	\N	system	1796607650	\N	\N
279	45	102	11	46	\N	\N	\N	system	1796607650	\N	\N
280	45	102	12	47	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607650	\N	\N
281	46	102	1	3.1	\N	\N	\N	system	1796607650	\N	\N
282	47	102	1	40	\N	\N	\N	system	1796607650	\N	\N
283	46	102	2	3.4	\N	\N	\N	system	1796607650	\N	\N
284	47	102	2	40	\N	\N	\N	system	1796607650	\N	\N
285	46	102	3	3.7	\N	\N	\N	system	1796607650	\N	\N
286	47	102	3	60	\N	\N	\N	system	1796607650	\N	\N
287	46	102	4	3.9	\N	\N	\N	system	1796607650	\N	\N
\.


--
-- Data for Name: org_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_revision (id, rev) FROM stdin;
1	1
\.


--
-- Data for Name: org_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_unit (id, kind, code, name, parent_id, valid_from, valid_to, predecessor_id, successor_id, search_key, sort_key, created_at, updated_at) FROM stdin;
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:40:43.788673+00	2026-12-07 01:40:43.788673+00
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
1	organisation: units and people	2026-12-07 01:40:43.540853+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:40:43.645608+00
3	org_revision: a counter every change to the unit tree bumps (for caches)	2026-12-07 01:40:43.722763+00
4	targets and measurements	2026-12-07 01:40:43.735647+00
5	bump the revision counters once per transaction	2026-12-07 01:40:43.774907+00
6	accounts get a home unit	2026-12-07 01:40:43.783943+00
\.


--
-- Data for Name: session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.session (token_hash, user_id, csrf, created_at, last_seen, expires_at) FROM stdin;
\.


--
-- Data for Name: target; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.target (id, code, year, name, description, kind, unit_of_measure, direction, target_low, target_high, baseline, owner_unit_id, leader_person_id, parent_id, rollup, weight, period, due_days) FROM stdin;
1	DV	2019	Tăng trưởng giá trị sản xuất khu vực dịch vụ	Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ đạt 10%/năm.	growth_rate	%	higher	10	\N	\N	2	3	\N	none	1	quarter	15
2	CN	2019	Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp	Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu thủ công nghiệp đạt 11%/năm.	growth_rate	%	higher	11	\N	\N	2	3	\N	none	1	quarter	15
3	NS	2019	Thu ngân sách nhà nước vượt dự toán	Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.	range	%	higher	6	8	\N	2	1	\N	none	1	quarter	15
4	XDCB	2019	Giải ngân vốn đầu tư xây dựng cơ bản	Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận quản lý đạt 250 tỷ đồng.	amount	tỷ đồng	higher	250	\N	\N	2	3	\N	none	1	month	10
5	HN	2019	Giảm hộ nghèo, hộ cận nghèo	Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân (giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).	reduction	hộ	higher	1600	\N	\N	2	2	\N	sum	1	month	10
6	PP	2019	Kéo giảm tỷ lệ phạm pháp hình sự	Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.	reduction	%	higher	3	5	\N	2	1	\N	wavg	1	quarter	15
7	DT	2019	Tỷ lệ điều tra, phá án hình sự	Nâng tỷ lệ điều tra, phá án hình sự trên 70%.	ratio	%	higher	70	\N	\N	2	1	\N	none	1	quarter	15
8	TDP	2019	Tổ dân phố đạt tự quản về an ninh trật tự	Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.	share	%	higher	80	\N	\N	2	1	\N	share	1	quarter	15
9	HN.Q9.HIEPPHU	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Hiệp Phú	Phần chỉ tiêu HN của Phường Hiệp Phú, phân bổ theo quy mô dân số: giảm 146 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	146	\N	\N	18	22	5	none	1	month	10
10	PP.Q9.HIEPPHU	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Hiệp Phú	Phần chỉ tiêu PP của Phường Hiệp Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	18	22	6	none	9.09	quarter	15
11	TDP.Q9.HIEPPHU	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Hiệp Phú	Phần chỉ tiêu TDP của Phường Hiệp Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	18	22	8	none	5	quarter	15
12	HN.Q9.LONGBINH	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Long Bình	Phần chỉ tiêu HN của Phường Long Bình, phân bổ theo quy mô dân số: giảm 117 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	117	\N	\N	25	30	5	none	1	month	10
13	PP.Q9.LONGBINH	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Bình	Phần chỉ tiêu PP của Phường Long Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	25	30	6	none	7.33	quarter	15
14	TDP.Q9.LONGBINH	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Bình	Phần chỉ tiêu TDP của Phường Long Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	25	30	8	none	5	quarter	15
15	HN.Q9.LONGPHUOC	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Long Phước	Phần chỉ tiêu HN của Phường Long Phước, phân bổ theo quy mô dân số: giảm 42 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	42	\N	\N	32	38	5	none	1	month	10
16	PP.Q9.LONGPHUOC	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Phước	Phần chỉ tiêu PP của Phường Long Phước: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	32	38	6	none	2.64	quarter	15
17	TDP.Q9.LONGPHUOC	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Phước	Phần chỉ tiêu TDP của Phường Long Phước: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	32	38	8	none	5	quarter	15
18	HN.Q9.LONGTHANHMY	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Long Thạnh Mỹ	Phần chỉ tiêu HN của Phường Long Thạnh Mỹ, phân bổ theo quy mô dân số: giảm 169 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	169	\N	\N	39	46	5	none	1	month	10
19	PP.Q9.LONGTHANHMY	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Thạnh Mỹ	Phần chỉ tiêu PP của Phường Long Thạnh Mỹ: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	39	46	6	none	10.56	quarter	15
20	TDP.Q9.LONGTHANHMY	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Thạnh Mỹ	Phần chỉ tiêu TDP của Phường Long Thạnh Mỹ: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	39	46	8	none	5	quarter	15
21	HN.Q9.LONGTRUONG	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Long Trường	Phần chỉ tiêu HN của Phường Long Trường, phân bổ theo quy mô dân số: giảm 85 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	85	\N	\N	46	54	5	none	1	month	10
22	PP.Q9.LONGTRUONG	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Trường	Phần chỉ tiêu PP của Phường Long Trường: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	46	54	6	none	5.28	quarter	15
23	TDP.Q9.LONGTRUONG	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Trường	Phần chỉ tiêu TDP của Phường Long Trường: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	46	54	8	none	5	quarter	15
24	HN.Q9.PHUHUU	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Phú Hữu	Phần chỉ tiêu HN của Phường Phú Hữu, phân bổ theo quy mô dân số: giảm 113 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	113	\N	\N	53	62	5	none	1	month	10
25	PP.Q9.PHUHUU	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phú Hữu	Phần chỉ tiêu PP của Phường Phú Hữu: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	53	62	6	none	7.04	quarter	15
26	TDP.Q9.PHUHUU	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phú Hữu	Phần chỉ tiêu TDP của Phường Phú Hữu: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	53	62	8	none	5	quarter	15
27	HN.Q9.PHUOCBINH	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Phước Bình	Phần chỉ tiêu HN của Phường Phước Bình, phân bổ theo quy mô dân số: giảm 89 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	89	\N	\N	60	70	5	none	1	month	10
28	PP.Q9.PHUOCBINH	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Bình	Phần chỉ tiêu PP của Phường Phước Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	60	70	6	none	5.57	quarter	15
29	TDP.Q9.PHUOCBINH	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Bình	Phần chỉ tiêu TDP của Phường Phước Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	60	70	8	none	5	quarter	15
30	HN.Q9.PHUOCLONGA	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long A	Phần chỉ tiêu HN của Phường Phước Long A, phân bổ theo quy mô dân số: giảm 99 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	99	\N	\N	67	78	5	none	1	month	10
31	PP.Q9.PHUOCLONGA	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long A	Phần chỉ tiêu PP của Phường Phước Long A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	67	78	6	none	6.16	quarter	15
32	TDP.Q9.PHUOCLONGA	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long A	Phần chỉ tiêu TDP của Phường Phước Long A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	67	78	8	none	5	quarter	15
33	HN.Q9.PHUOCLONGB	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long B	Phần chỉ tiêu HN của Phường Phước Long B, phân bổ theo quy mô dân số: giảm 244 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	244	\N	\N	74	86	5	none	1	month	10
34	PP.Q9.PHUOCLONGB	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long B	Phần chỉ tiêu PP của Phường Phước Long B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	74	86	6	none	15.25	quarter	15
35	TDP.Q9.PHUOCLONGB	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long B	Phần chỉ tiêu TDP của Phường Phước Long B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	74	86	8	none	5	quarter	15
36	HN.Q9.TANPHU	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Tân Phú	Phần chỉ tiêu HN của Phường Tân Phú, phân bổ theo quy mô dân số: giảm 103 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	103	\N	\N	81	94	5	none	1	month	10
37	PP.Q9.TANPHU	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tân Phú	Phần chỉ tiêu PP của Phường Tân Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	81	94	6	none	6.45	quarter	15
38	TDP.Q9.TANPHU	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tân Phú	Phần chỉ tiêu TDP của Phường Tân Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	81	94	8	none	5	quarter	15
39	HN.Q9.TANGNHONPHUA	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú A	Phần chỉ tiêu HN của Phường Tăng Nhơn Phú A, phân bổ theo quy mô dân số: giảm 192 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	192	\N	\N	88	102	5	none	1	month	10
40	PP.Q9.TANGNHONPHUA	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú A	Phần chỉ tiêu PP của Phường Tăng Nhơn Phú A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	88	102	6	none	12.02	quarter	15
41	TDP.Q9.TANGNHONPHUA	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú A	Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	88	102	8	none	5	quarter	15
42	HN.Q9.TANGNHONPHUB	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú B	Phần chỉ tiêu HN của Phường Tăng Nhơn Phú B, phân bổ theo quy mô dân số: giảm 145 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	145	\N	\N	95	110	5	none	1	month	10
43	PP.Q9.TANGNHONPHUB	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú B	Phần chỉ tiêu PP của Phường Tăng Nhơn Phú B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	95	110	6	none	9.09	quarter	15
44	TDP.Q9.TANGNHONPHUB	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú B	Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	95	110	8	none	5	quarter	15
45	HN.Q9.TRUONGTHANH	2019	Giảm hộ nghèo, hộ cận nghèo - Phường Trường Thạnh	Phần chỉ tiêu HN của Phường Trường Thạnh, phân bổ theo quy mô dân số: giảm 56 hộ nghèo, hộ cận nghèo.	reduction	hộ	higher	56	\N	\N	102	118	5	none	1	month	10
46	PP.Q9.TRUONGTHANH	2019	Kéo giảm tỷ lệ phạm pháp hình sự - Phường Trường Thạnh	Phần chỉ tiêu PP của Phường Trường Thạnh: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.	reduction	%	higher	3	5	\N	102	118	6	none	3.52	quarter	15
47	TDP.Q9.TRUONGTHANH	2019	Tổ dân phố đạt tự quản về an ninh trật tự - Phường Trường Thạnh	Phần chỉ tiêu TDP của Phường Trường Thạnh: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.	share	%	higher	80	\N	\N	102	118	8	none	5	quarter	15
\.


--
-- Data for Name: target_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.target_revision (id, rev) FROM stdin;
1	1
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

SELECT pg_catalog.setval('public.audit_entry_id_seq', 572, true);


--
-- Name: measurement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.measurement_id_seq', 287, true);


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
-- Name: target_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.target_id_seq', 47, true);


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
-- Name: measurement measurement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (id);


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
-- Name: target target_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target
    ADD CONSTRAINT target_pkey PRIMARY KEY (id);


--
-- Name: target_revision target_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target_revision
    ADD CONSTRAINT target_revision_pkey PRIMARY KEY (id);


--
-- Name: target target_year_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target
    ADD CONSTRAINT target_year_code_key UNIQUE (year, code);


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
-- Name: measurement_by_target; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measurement_by_target ON public.measurement USING btree (target_id, unit_id, period_no, id);


--
-- Name: measurement_current; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX measurement_current ON public.measurement USING btree (target_id, unit_id, period_no) WHERE (superseded_by IS NULL);


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
-- Name: target_by_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX target_by_parent ON public.target USING btree (parent_id, code);


--
-- Name: measurement measurement_bump; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER measurement_bump AFTER INSERT OR DELETE OR UPDATE ON public.measurement FOR EACH STATEMENT EXECUTE FUNCTION public.target_revision_bump();


--
-- Name: org_unit org_unit_bump; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER org_unit_bump AFTER INSERT OR DELETE OR UPDATE ON public.org_unit FOR EACH STATEMENT EXECUTE FUNCTION public.org_revision_bump();


--
-- Name: target target_bump; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER target_bump AFTER INSERT OR DELETE OR UPDATE ON public.target FOR EACH STATEMENT EXECUTE FUNCTION public.target_revision_bump();


--
-- Name: org_unit target_bump_unit; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER target_bump_unit AFTER UPDATE ON public.org_unit FOR EACH STATEMENT EXECUTE FUNCTION public.target_revision_bump();


--
-- Name: api_token api_token_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_token
    ADD CONSTRAINT api_token_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.app_user(id);


--
-- Name: app_user app_user_home_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_home_unit_id_fkey FOREIGN KEY (home_unit_id) REFERENCES public.org_unit(id);


--
-- Name: app_user app_user_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_user
    ADD CONSTRAINT app_user_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: measurement measurement_supersedes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_supersedes_id_fkey FOREIGN KEY (supersedes_id) REFERENCES public.measurement(id);


--
-- Name: measurement measurement_target_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_target_id_fkey FOREIGN KEY (target_id) REFERENCES public.target(id);


--
-- Name: measurement measurement_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.org_unit(id);


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
-- Name: target target_leader_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target
    ADD CONSTRAINT target_leader_person_id_fkey FOREIGN KEY (leader_person_id) REFERENCES public.person(id);


--
-- Name: target target_owner_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target
    ADD CONSTRAINT target_owner_unit_id_fkey FOREIGN KEY (owner_unit_id) REFERENCES public.org_unit(id);


--
-- Name: target target_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.target
    ADD CONSTRAINT target_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.target(id);


--
-- PostgreSQL database dump complete
--

\unrestrict 72Sjfcg8Gc5hiPsOxXZjIEN3V6fAAjqjGDtsgWAhFEqqkdhHcelaoyWHWRhKa9n

