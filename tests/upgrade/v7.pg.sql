--
-- PostgreSQL database dump
--

\restrict eBXQ3BlrRXP6QqKPlC8VGaXxjudqXaz3COztAF7ebIvoubzxXNqPWjUswaQgANl

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
-- Name: audit_scheme; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_scheme (
    id integer NOT NULL,
    keyed_from bigint NOT NULL,
    key_id text NOT NULL,
    mac text NOT NULL,
    CONSTRAINT audit_scheme_id_check CHECK ((id = 1))
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
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$LhGL7xnLuol5+5mknSLixA$TyasuplT+YcW4hfhxDv/iAfwN8MXVDAxCuhiUcvHmGc	f	1796607514	1
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$6qp5fItXJ85xVfCmJN92Hg$rCMpJcHKkVQKswiU3MSk1WeOIcz5+Qp4ZSIojN+qzIg	f	1796607514	2
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$5m/Vz97pQmUmPQrhpTw8IA$hcbGMBzed4mu7ttYRcsK7IlMuvXLFMLgyTvoEbugQHQ	f	1796607514	2
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$9PR6n11Q9zm7V73cxLZDWw$XA0UaRWEszG5wWj+0hVKKiEwARkFATm77OQhIWwRS5E	f	1796607515	18
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$aGIPUfar1JuPT0oilpOU1w$1HmuisAUXZKeSSbA2pkHgLznoTvzIYu/NRQ0WNbTOq0	f	1796607515	25
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:38:34.047Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	6c1069bc56c7a1deb5bf9d997224a9a9150251b6f21b97b64c3d649dd4e7653d
2	2026-12-07T01:38:34.049Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	6c1069bc56c7a1deb5bf9d997224a9a9150251b6f21b97b64c3d649dd4e7653d	65833214d4706d44d5a3fbe6bc12d7137f04da2a5dcb0bed56dea79cfcd92bc7
3	2026-12-07T01:38:34.050Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	65833214d4706d44d5a3fbe6bc12d7137f04da2a5dcb0bed56dea79cfcd92bc7	a538755c33bcd6f2726e3fbf8bcf07e930be428a697e4d3b6753e71555518a0e
4	2026-12-07T01:38:34.051Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	a538755c33bcd6f2726e3fbf8bcf07e930be428a697e4d3b6753e71555518a0e	3fbc39b7534ba78ab45573fa9a16601dd0b620d7b21999b6944e71e5351c4cbf
5	2026-12-07T01:38:34.052Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	3fbc39b7534ba78ab45573fa9a16601dd0b620d7b21999b6944e71e5351c4cbf	40fe1934ac7ee44c1964b599bc253d6c67614ef01b9b0d4f71b268abe42e88d9
6	2026-12-07T01:38:34.052Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	40fe1934ac7ee44c1964b599bc253d6c67614ef01b9b0d4f71b268abe42e88d9	fdbfd416bf5b7014a0bcafe5e5da0df7b81de7e165e29904fd48845296053717
7	2026-12-07T01:38:34.053Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	fdbfd416bf5b7014a0bcafe5e5da0df7b81de7e165e29904fd48845296053717	11df13d98c537bd526bc9d36c2c7eed0e836ee6558d618f98de01c31efc6c785
8	2026-12-07T01:38:34.053Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	11df13d98c537bd526bc9d36c2c7eed0e836ee6558d618f98de01c31efc6c785	ee164ddbbbaf4d43b3a69aaabe142b0e977371a3a91e0b050c2a54e48462ff96
9	2026-12-07T01:38:34.054Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	ee164ddbbbaf4d43b3a69aaabe142b0e977371a3a91e0b050c2a54e48462ff96	c7a241d095697dcb12671e5c6915aafd3bd6bc3564fae7ecf3b99bb508586e02
10	2026-12-07T01:38:34.056Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	c7a241d095697dcb12671e5c6915aafd3bd6bc3564fae7ecf3b99bb508586e02	f974d9f5336505bab173e99e53f52e9749667252157dfb0ba8038c273d2b127e
11	2026-12-07T01:38:34.059Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	f974d9f5336505bab173e99e53f52e9749667252157dfb0ba8038c273d2b127e	1a03b7fd32a7487cd20841f623a39d324ac6a25af8de9d012a65f71c7b67031e
12	2026-12-07T01:38:34.059Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1a03b7fd32a7487cd20841f623a39d324ac6a25af8de9d012a65f71c7b67031e	0e8ee80da26d6c6e18a0b0dfce75c12f1ee79303cab08967aae598b7522562bd
13	2026-12-07T01:38:34.060Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	0e8ee80da26d6c6e18a0b0dfce75c12f1ee79303cab08967aae598b7522562bd	f33ce01cc24017711c475acb7684c60f76bb0669071bdcd036f13b53c2a71247
14	2026-12-07T01:38:34.062Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	f33ce01cc24017711c475acb7684c60f76bb0669071bdcd036f13b53c2a71247	f6a3b631fc5b36a42bd83dc2b2719ff185a0eb92a4c89c6218a1c9ba458f9fdf
15	2026-12-07T01:38:34.062Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f6a3b631fc5b36a42bd83dc2b2719ff185a0eb92a4c89c6218a1c9ba458f9fdf	85d445e4b8c21a12c1fb28f2174d2afe8cc02f2a02cc4335e0d9675b4a38fbbe
16	2026-12-07T01:38:34.063Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	85d445e4b8c21a12c1fb28f2174d2afe8cc02f2a02cc4335e0d9675b4a38fbbe	8ba2034f06936cd59796cf01b1411eb692bbea399ea04b33c072cc845c216791
17	2026-12-07T01:38:34.063Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8ba2034f06936cd59796cf01b1411eb692bbea399ea04b33c072cc845c216791	7a4f36b2e07cf2a5971a727963d0ba74b366fb4a8afdafb6d03cacd489ad67a8
18	2026-12-07T01:38:34.064Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	7a4f36b2e07cf2a5971a727963d0ba74b366fb4a8afdafb6d03cacd489ad67a8	8b04c7172e5e9760f8442d43e330f348219db87f8f3504fab23168400f5a7d96
19	2026-12-07T01:38:34.065Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8b04c7172e5e9760f8442d43e330f348219db87f8f3504fab23168400f5a7d96	e9db9daf9d641195b4ff035c3d47a354828ab6d27e85b96d9a9be7d4f1453bb6
20	2026-12-07T01:38:34.065Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	e9db9daf9d641195b4ff035c3d47a354828ab6d27e85b96d9a9be7d4f1453bb6	752f04b7853eb0296818cf68a4a17c8e021d6bfe606d1c0a2bbcf0372c6c948c
21	2026-12-07T01:38:34.066Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	752f04b7853eb0296818cf68a4a17c8e021d6bfe606d1c0a2bbcf0372c6c948c	cff10fe90b5ec36f55810e857c739ac0f7d559039e425344453bdbf6e336978d
22	2026-12-07T01:38:34.066Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	cff10fe90b5ec36f55810e857c739ac0f7d559039e425344453bdbf6e336978d	403fd9a4d29061333d3c42cf7f7fd29015be0c8dae250b595efc4ed86f4e353c
23	2026-12-07T01:38:34.067Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	403fd9a4d29061333d3c42cf7f7fd29015be0c8dae250b595efc4ed86f4e353c	966aee2699dfda8847bf545bc1e2947f5b4f2e64ed1a43fc3b507a60070153c7
24	2026-12-07T01:38:34.067Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	966aee2699dfda8847bf545bc1e2947f5b4f2e64ed1a43fc3b507a60070153c7	06d8cfd9c28c628e952f05e69204487459bdd2cdb8a4eb5d77b9ee87fa809d0c
25	2026-12-07T01:38:34.068Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	06d8cfd9c28c628e952f05e69204487459bdd2cdb8a4eb5d77b9ee87fa809d0c	92c04505fe86b379525ff9ba76a314c139d960c68971c8b3b4907f649282f8f8
26	2026-12-07T01:38:34.068Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	92c04505fe86b379525ff9ba76a314c139d960c68971c8b3b4907f649282f8f8	7e50823cf11ee5c7ec85edadadcb2a37c73448ddb76c42a9383325b8a3b9b11a
27	2026-12-07T01:38:34.068Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7e50823cf11ee5c7ec85edadadcb2a37c73448ddb76c42a9383325b8a3b9b11a	71bd496c635e0ccc374de4cf0ef1dcd2b8a6de6d322a4167aaed9b9c5afa7d36
28	2026-12-07T01:38:34.069Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	71bd496c635e0ccc374de4cf0ef1dcd2b8a6de6d322a4167aaed9b9c5afa7d36	52f02f3a1fd779b3c73a48e14f16ab1c7aa6233d703725366ee9e768c62bf0e0
29	2026-12-07T01:38:34.069Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	52f02f3a1fd779b3c73a48e14f16ab1c7aa6233d703725366ee9e768c62bf0e0	1d074ed525852435fefde280aaa9276e2147ec50d348e05c2e5be67658852733
30	2026-12-07T01:38:34.070Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	1d074ed525852435fefde280aaa9276e2147ec50d348e05c2e5be67658852733	16ab20362272a8621ba7dc3e57de09180ed51d7a7d1c9bce1a592093581ec20f
31	2026-12-07T01:38:34.070Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	16ab20362272a8621ba7dc3e57de09180ed51d7a7d1c9bce1a592093581ec20f	efdf6974cbf9727c093a810f4350f255faf44199bddcce9f373c5d885d6ccb41
32	2026-12-07T01:38:34.070Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	efdf6974cbf9727c093a810f4350f255faf44199bddcce9f373c5d885d6ccb41	5c24f90b940a1a958b212fbf9b7cc9a0bec1c82f1d3e638efe4648cf3d96f667
33	2026-12-07T01:38:34.071Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5c24f90b940a1a958b212fbf9b7cc9a0bec1c82f1d3e638efe4648cf3d96f667	5741906275ddfe466e2188513e29173b57e6012b815fab2e27d9bdc9ac0f36b9
34	2026-12-07T01:38:34.071Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	5741906275ddfe466e2188513e29173b57e6012b815fab2e27d9bdc9ac0f36b9	34ac52ff7e00f5356b7cbcbc8e581b7734fd30069dc62e9e2527d14da93e5c0a
35	2026-12-07T01:38:34.072Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	34ac52ff7e00f5356b7cbcbc8e581b7734fd30069dc62e9e2527d14da93e5c0a	b2bba5c0a4dd425bdccc7f65d8e5f74b4b04c53c4f709c97208f082cbf786ae4
36	2026-12-07T01:38:34.072Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	b2bba5c0a4dd425bdccc7f65d8e5f74b4b04c53c4f709c97208f082cbf786ae4	2c313acd57f9cbf8feebfd3a8d7be72c90cc5dbabca90ddaa571a05e9998bb30
37	2026-12-07T01:38:34.072Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2c313acd57f9cbf8feebfd3a8d7be72c90cc5dbabca90ddaa571a05e9998bb30	f1939f7a8732f46f746b849f691ecd83547e5f74929f42a59feb32fb81ade81e
38	2026-12-07T01:38:34.073Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	f1939f7a8732f46f746b849f691ecd83547e5f74929f42a59feb32fb81ade81e	d616d955bf65ac7d9df79833c0ff7a0aa475c3e50a7a3366212047975d3d83fb
39	2026-12-07T01:38:34.073Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d616d955bf65ac7d9df79833c0ff7a0aa475c3e50a7a3366212047975d3d83fb	f72a921d2f582276d693273d82674bac302eab6411cef05206d76d40c204f6c9
40	2026-12-07T01:38:34.073Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	f72a921d2f582276d693273d82674bac302eab6411cef05206d76d40c204f6c9	ceac4e7c549e4a31e6393e33afb0d870ea6f5c8133021fe8286f7f17132b4c02
41	2026-12-07T01:38:34.074Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	ceac4e7c549e4a31e6393e33afb0d870ea6f5c8133021fe8286f7f17132b4c02	6e024894a5e9e5412b4b24d4874521404492d52a0689d9b50fdbacd041a50bdf
42	2026-12-07T01:38:34.074Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	6e024894a5e9e5412b4b24d4874521404492d52a0689d9b50fdbacd041a50bdf	d78dd33316fe613b0d863a4a35d79e32116e383259dcb61ccbf9938057e04e8a
43	2026-12-07T01:38:34.074Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	d78dd33316fe613b0d863a4a35d79e32116e383259dcb61ccbf9938057e04e8a	0b7edb0dbe98c2e4c2b436e46ed7e7bb6cb3079d1085785ccf487d7db835cc23
44	2026-12-07T01:38:34.075Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0b7edb0dbe98c2e4c2b436e46ed7e7bb6cb3079d1085785ccf487d7db835cc23	4e0e99fd12f43a27bc9cca29a4469efa2f4d215b7db893c02faf35c4ecfa2547
45	2026-12-07T01:38:34.075Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	4e0e99fd12f43a27bc9cca29a4469efa2f4d215b7db893c02faf35c4ecfa2547	bc84a2c9af9a14c737f7ae9f705b317ae759ae773147005ce559db6b8b559d7d
46	2026-12-07T01:38:34.076Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bc84a2c9af9a14c737f7ae9f705b317ae759ae773147005ce559db6b8b559d7d	964223c51d764f1be456261bdb8435d614813952f20c2071af331a542223d293
47	2026-12-07T01:38:34.076Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	964223c51d764f1be456261bdb8435d614813952f20c2071af331a542223d293	d88e39ae683e738ca2be8f67f9a13b7e50fe666cf82a9c8e30f67937ebb2df0a
48	2026-12-07T01:38:34.078Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d88e39ae683e738ca2be8f67f9a13b7e50fe666cf82a9c8e30f67937ebb2df0a	e69ca2be5ef79958d8e8503a3632a80fd02d1b07f1cdd5f714e22e6f15b15e25
49	2026-12-07T01:38:34.079Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	e69ca2be5ef79958d8e8503a3632a80fd02d1b07f1cdd5f714e22e6f15b15e25	09c9892f85c43c4f62fec785e3c41b1b197f3a13881dc6fda690b11e1dd6ab2c
50	2026-12-07T01:38:34.079Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	09c9892f85c43c4f62fec785e3c41b1b197f3a13881dc6fda690b11e1dd6ab2c	46e99efb61f891d61f3468b300b87789bef88c74fb27e28b6d0b0bcdbc471ba4
51	2026-12-07T01:38:34.079Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	46e99efb61f891d61f3468b300b87789bef88c74fb27e28b6d0b0bcdbc471ba4	01b7297bdcc2cfebeea0adc8e2fa33b767a7a97ee4f733feea3b6c3067372028
52	2026-12-07T01:38:34.080Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	01b7297bdcc2cfebeea0adc8e2fa33b767a7a97ee4f733feea3b6c3067372028	ea39adfbf4806429d484bdfeb799bad8aef977ff9eac819cfb552f137c2b9612
53	2026-12-07T01:38:34.080Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	ea39adfbf4806429d484bdfeb799bad8aef977ff9eac819cfb552f137c2b9612	550cca9928526222e585fda085a6802780844142bd52199e4ea3d4343d58dfd2
54	2026-12-07T01:38:34.081Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	550cca9928526222e585fda085a6802780844142bd52199e4ea3d4343d58dfd2	196c61f40c2cad8f05483c01dc5d878da5b1fcaf14334fd7fbb4bdb7fe038c81
55	2026-12-07T01:38:34.081Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	196c61f40c2cad8f05483c01dc5d878da5b1fcaf14334fd7fbb4bdb7fe038c81	8b6457ac6cbfa17d1f3f4aaa9555e6e7fd76ab9a730ee3e88fa3af7fa26f0455
56	2026-12-07T01:38:34.082Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	8b6457ac6cbfa17d1f3f4aaa9555e6e7fd76ab9a730ee3e88fa3af7fa26f0455	a66e72e32f0a47dc23e17a8c18a4713d8d103091a290a113beb8df5bdcecf206
57	2026-12-07T01:38:34.082Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	a66e72e32f0a47dc23e17a8c18a4713d8d103091a290a113beb8df5bdcecf206	5e6e1dc42da5b722f2f28de7bc2e1a78299d8902644ec8e7ad611ec9639c9180
58	2026-12-07T01:38:34.083Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	5e6e1dc42da5b722f2f28de7bc2e1a78299d8902644ec8e7ad611ec9639c9180	2e0129c91786fde99202f00df87c2dec96e62cf3c6239582d44fab3d9b3ca3cc
59	2026-12-07T01:38:34.083Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2e0129c91786fde99202f00df87c2dec96e62cf3c6239582d44fab3d9b3ca3cc	7b9bf05b052eb6b6ef09dc1288eb93bf95b03820fb23b6e2992bfd6030085cd1
60	2026-12-07T01:38:34.083Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	7b9bf05b052eb6b6ef09dc1288eb93bf95b03820fb23b6e2992bfd6030085cd1	0eab04f2a4ac8e130bf49cdd967512a3a2c16a947ffd1b12ffd05fdda47bf600
61	2026-12-07T01:38:34.084Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0eab04f2a4ac8e130bf49cdd967512a3a2c16a947ffd1b12ffd05fdda47bf600	9b88c46c04de7b071572424e2b281b2ceb6febf1ac777340c58587209ab395a2
62	2026-12-07T01:38:34.084Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	9b88c46c04de7b071572424e2b281b2ceb6febf1ac777340c58587209ab395a2	caa7b8b90fe9cfc5127f6ffe1347f8f1f9d70e676089bfde2f8a900fc857f79b
63	2026-12-07T01:38:34.085Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	caa7b8b90fe9cfc5127f6ffe1347f8f1f9d70e676089bfde2f8a900fc857f79b	6967de5a6f929a82a9e5a9b7bf01d5cf9d3955e5d02d54a5cb9ebb6865fa07be
64	2026-12-07T01:38:34.085Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	6967de5a6f929a82a9e5a9b7bf01d5cf9d3955e5d02d54a5cb9ebb6865fa07be	be6e530ad0ba0a3afea7f59ef2fb356e3676838a3fe5a7ba326e75f0c3489dd7
65	2026-12-07T01:38:34.086Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	be6e530ad0ba0a3afea7f59ef2fb356e3676838a3fe5a7ba326e75f0c3489dd7	44d21ce3793325fbd64a6fda997965821f8155440dd465568fade1092c40d29b
66	2026-12-07T01:38:34.086Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	44d21ce3793325fbd64a6fda997965821f8155440dd465568fade1092c40d29b	0a18bf668ff18705af2838fb2da09a087dc52c490ada8b65681212b56acaa37a
67	2026-12-07T01:38:34.086Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0a18bf668ff18705af2838fb2da09a087dc52c490ada8b65681212b56acaa37a	f89853768cabdfc4f49c0278059881536546cf88ab886b15ac9e56bdf1c2360e
68	2026-12-07T01:38:34.087Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	f89853768cabdfc4f49c0278059881536546cf88ab886b15ac9e56bdf1c2360e	70d9184b71a3277e6da45b914b104606906ea1c49c0e1c9dcc335f00dfacba3f
69	2026-12-07T01:38:34.087Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	70d9184b71a3277e6da45b914b104606906ea1c49c0e1c9dcc335f00dfacba3f	83eab6fb2865f444e29c443fe836fd58607ae7b9a42fe80ee6e19485fac2b6e1
70	2026-12-07T01:38:34.088Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	83eab6fb2865f444e29c443fe836fd58607ae7b9a42fe80ee6e19485fac2b6e1	f96984e993699e2977aef4ba0029e77908cbbdcc6ef48af8538dbcd6b791ffc0
71	2026-12-07T01:38:34.088Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	f96984e993699e2977aef4ba0029e77908cbbdcc6ef48af8538dbcd6b791ffc0	f8dbfb6ca469a50d36d4086b88651be50c587f116f838526af48690f049a3778
72	2026-12-07T01:38:34.088Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	f8dbfb6ca469a50d36d4086b88651be50c587f116f838526af48690f049a3778	c081cb15f88ae1228e55ca7562525f5620c44c561b3f95ad7345bc09d46e11e9
73	2026-12-07T01:38:34.089Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	c081cb15f88ae1228e55ca7562525f5620c44c561b3f95ad7345bc09d46e11e9	4760fde5747aea5e53882bea644fd326312a783e1dd976d45cc6a22b780f6a3a
74	2026-12-07T01:38:34.089Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4760fde5747aea5e53882bea644fd326312a783e1dd976d45cc6a22b780f6a3a	b8a7d43341a94575c79be5db1c6af45ed65cc85a82031119e03f2b68bdf4de50
75	2026-12-07T01:38:34.090Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	b8a7d43341a94575c79be5db1c6af45ed65cc85a82031119e03f2b68bdf4de50	029d376eb7d47feef9ec3f2fa209aa8c2c242d6cb5d67086d6ae294ad81192e6
76	2026-12-07T01:38:34.090Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	029d376eb7d47feef9ec3f2fa209aa8c2c242d6cb5d67086d6ae294ad81192e6	a557a5374e3cb40839d6571ad47e4d83c1b11a5b656ffdea12c73e9c5d0831a4
77	2026-12-07T01:38:34.091Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	a557a5374e3cb40839d6571ad47e4d83c1b11a5b656ffdea12c73e9c5d0831a4	24820e7582fdadaea41ef2400c8c5cfec1002ae91e13e110f43023b51cda5655
78	2026-12-07T01:38:34.091Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	24820e7582fdadaea41ef2400c8c5cfec1002ae91e13e110f43023b51cda5655	e7af5381cbb9f0531519aa90b59730a0f51998887c9043dffcb3c03aa5936329
79	2026-12-07T01:38:34.093Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	e7af5381cbb9f0531519aa90b59730a0f51998887c9043dffcb3c03aa5936329	7ea512122ef4d12ebc88e00ae917e7a202bdf3cf2fe76d552e92df00ae6f6728
80	2026-12-07T01:38:34.095Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7ea512122ef4d12ebc88e00ae917e7a202bdf3cf2fe76d552e92df00ae6f6728	a256a4ac8595d237cf7d8dfb84935974889d4a5a2de295d6cd16bdc8146126b4
81	2026-12-07T01:38:34.096Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	a256a4ac8595d237cf7d8dfb84935974889d4a5a2de295d6cd16bdc8146126b4	1d10db66c20d337864bbcc5ec9d799f26dbca6e15d8241b0c97daad8d759e4d8
82	2026-12-07T01:38:34.097Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1d10db66c20d337864bbcc5ec9d799f26dbca6e15d8241b0c97daad8d759e4d8	ef81951ec18630759b3c2bf57e1b2177f54ed9f5ec117222d9c3ef7eaba94b7c
83	2026-12-07T01:38:34.097Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	ef81951ec18630759b3c2bf57e1b2177f54ed9f5ec117222d9c3ef7eaba94b7c	91568e9922dd4c3535ee58e68a337676a6cbd52667585eceea3399906880cc1f
84	2026-12-07T01:38:34.098Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	91568e9922dd4c3535ee58e68a337676a6cbd52667585eceea3399906880cc1f	a4dab6cb1734bc77fe94110c8fb038033cb253aceb1625802fab343b9bf89ea5
85	2026-12-07T01:38:34.098Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	a4dab6cb1734bc77fe94110c8fb038033cb253aceb1625802fab343b9bf89ea5	4714f52fcaa3a1b7333efc1d37db2720868c1044cceedd4b725f80be9e1ad211
86	2026-12-07T01:38:34.098Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	4714f52fcaa3a1b7333efc1d37db2720868c1044cceedd4b725f80be9e1ad211	16cd266f179d8c4e4dd89b858810045d59219a99c2e99d23f3f8265fc1c06859
87	2026-12-07T01:38:34.099Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	16cd266f179d8c4e4dd89b858810045d59219a99c2e99d23f3f8265fc1c06859	43ef7d6931d6bae20f38172d20ac2cd6b4ca3d17862e7e40382a42e05fd817d8
88	2026-12-07T01:38:34.099Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	43ef7d6931d6bae20f38172d20ac2cd6b4ca3d17862e7e40382a42e05fd817d8	31f9baf6aa62613ea228437b5a99a34f16e363cbc1eebc5e23541fd0146fe7d9
89	2026-12-07T01:38:34.100Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	31f9baf6aa62613ea228437b5a99a34f16e363cbc1eebc5e23541fd0146fe7d9	e85faf1e31672b4357cf317000fc9953af9dfc98dc39228ab879892b60a0b16f
90	2026-12-07T01:38:34.101Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	e85faf1e31672b4357cf317000fc9953af9dfc98dc39228ab879892b60a0b16f	8e9f43c3c2d610e9ae2942f04717473ea6c653c624e1b39e0ed9a1408a07806a
91	2026-12-07T01:38:34.102Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8e9f43c3c2d610e9ae2942f04717473ea6c653c624e1b39e0ed9a1408a07806a	e610f41b2326cb6f3c64f66cbeee46690c744360aaf3ac85ebace16855c1878e
92	2026-12-07T01:38:34.102Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	e610f41b2326cb6f3c64f66cbeee46690c744360aaf3ac85ebace16855c1878e	fdd46bf09be7e5fc14b8d565cefc7cf65cf0fbc29c55ff94b9d9bea3818c8b9e
93	2026-12-07T01:38:34.102Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fdd46bf09be7e5fc14b8d565cefc7cf65cf0fbc29c55ff94b9d9bea3818c8b9e	4abce0297b64580c4536e5007eb620b79a03de35f2e9d80e5692659825afed5a
94	2026-12-07T01:38:34.103Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	4abce0297b64580c4536e5007eb620b79a03de35f2e9d80e5692659825afed5a	b4672fce8e1839dbf8c6ad9328a8cce9ba3e5b0bad5d048c783d24027e3c1060
95	2026-12-07T01:38:34.103Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b4672fce8e1839dbf8c6ad9328a8cce9ba3e5b0bad5d048c783d24027e3c1060	fdc3b4b06bf21a06d632d2bdd5c8df2cf9e5d2eb800ef549dc81938aebcbd59f
96	2026-12-07T01:38:34.104Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	fdc3b4b06bf21a06d632d2bdd5c8df2cf9e5d2eb800ef549dc81938aebcbd59f	2e4859ec238fb73abf3b7b207f2163453e5993c91adc9780a7bea1fad3c55d8a
97	2026-12-07T01:38:34.104Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2e4859ec238fb73abf3b7b207f2163453e5993c91adc9780a7bea1fad3c55d8a	39d8f933a120c4f5685cefeafe5b8417b63494db94df9c6972cac6f59cb2ca6c
98	2026-12-07T01:38:34.104Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	39d8f933a120c4f5685cefeafe5b8417b63494db94df9c6972cac6f59cb2ca6c	6651c11176c7882e0155b8cc4efe81e6aa3bbcc19ff873b163314bfb02cbb914
99	2026-12-07T01:38:34.105Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6651c11176c7882e0155b8cc4efe81e6aa3bbcc19ff873b163314bfb02cbb914	2cc9a04c084b1687442b1b3720783a6e557a914f94b6bb1260add26972ccd066
100	2026-12-07T01:38:34.105Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	2cc9a04c084b1687442b1b3720783a6e557a914f94b6bb1260add26972ccd066	b1a58d7409fcc486bcc179c4c571a0de9f18efaf3578c1b199d3a67d1ba665ae
101	2026-12-07T01:38:34.106Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	b1a58d7409fcc486bcc179c4c571a0de9f18efaf3578c1b199d3a67d1ba665ae	d66e156cd114f9ad57cceae9591be36a08e66640b36ec878762f35a220b8d6cc
102	2026-12-07T01:38:34.106Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	d66e156cd114f9ad57cceae9591be36a08e66640b36ec878762f35a220b8d6cc	1501113d8158ce7f9775d80470b2e844f267c9c578f67c7021600d5d63d918dc
103	2026-12-07T01:38:34.107Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1501113d8158ce7f9775d80470b2e844f267c9c578f67c7021600d5d63d918dc	e64700988f57cd45f10aa2e0d330b4fd40eac881548b67aab6c8dcbec8d16a1a
104	2026-12-07T01:38:34.107Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e64700988f57cd45f10aa2e0d330b4fd40eac881548b67aab6c8dcbec8d16a1a	f11174a9bc50414deff9e867defc37097051e17684df25552a6bf3b111c1c793
105	2026-12-07T01:38:34.107Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	f11174a9bc50414deff9e867defc37097051e17684df25552a6bf3b111c1c793	9cc27d3368d4529881d85f7c38030598b93bb03d7a383e8c507751a55feccc6e
106	2026-12-07T01:38:34.108Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9cc27d3368d4529881d85f7c38030598b93bb03d7a383e8c507751a55feccc6e	68ae3b90b5fd5c561967e6c7606f6ecb90bd9e60d67f5891bf951c317bab5d30
107	2026-12-07T01:38:34.108Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	68ae3b90b5fd5c561967e6c7606f6ecb90bd9e60d67f5891bf951c317bab5d30	5acce3bbb9b531e84c60e166c44aabc308703cf533e69415c040af63bd41dfbf
108	2026-12-07T01:38:34.109Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5acce3bbb9b531e84c60e166c44aabc308703cf533e69415c040af63bd41dfbf	fbb8ddc882c90490d60d562ae25c82f0e2006e4d1c9a6aa2915aca1c9b4e3f52
109	2026-12-07T01:38:34.109Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	fbb8ddc882c90490d60d562ae25c82f0e2006e4d1c9a6aa2915aca1c9b4e3f52	459a86a57b1cecbd9b3a517a6cf34ed7611009e72fed87a87870e45172f7a013
110	2026-12-07T01:38:34.109Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	459a86a57b1cecbd9b3a517a6cf34ed7611009e72fed87a87870e45172f7a013	7ef67d14fee3f1ddfebff17a8b953054f1d5a1f84b953eeb29a231ab452e56ca
111	2026-12-07T01:38:34.110Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	7ef67d14fee3f1ddfebff17a8b953054f1d5a1f84b953eeb29a231ab452e56ca	a8528f73d6ed277f163a3ab3d152a8c6af619eccf1ed1cc41bf38dc919f67c7a
112	2026-12-07T01:38:34.110Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a8528f73d6ed277f163a3ab3d152a8c6af619eccf1ed1cc41bf38dc919f67c7a	bf69559317a1132eef6f497390aca3164c260710f2232b4f4a0a82258df2fa5e
113	2026-12-07T01:38:34.110Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	bf69559317a1132eef6f497390aca3164c260710f2232b4f4a0a82258df2fa5e	5d6b3809fba378b7aa16208053fa30977f90c9cb1199d6b8e76d408986b0ad58
114	2026-12-07T01:38:34.111Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5d6b3809fba378b7aa16208053fa30977f90c9cb1199d6b8e76d408986b0ad58	fd02c919a7bd1681decbaf190afc315ffaa4ae40bf0533dfe0a5112799b9637c
115	2026-12-07T01:38:34.111Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	fd02c919a7bd1681decbaf190afc315ffaa4ae40bf0533dfe0a5112799b9637c	12871c1202996677a5c34bd6abf79a9b87b8c06d6084f13d5be2d34d9d46e72e
116	2026-12-07T01:38:34.112Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	12871c1202996677a5c34bd6abf79a9b87b8c06d6084f13d5be2d34d9d46e72e	9c8668787751f30b01fc5b43ab0d10dac3d44b4b298f9696dafa6fdb7424b301
117	2026-12-07T01:38:34.112Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	9c8668787751f30b01fc5b43ab0d10dac3d44b4b298f9696dafa6fdb7424b301	dc902404af01849304973e36acefe77616f20c0c4badf20452c9f38994720582
118	2026-12-07T01:38:34.112Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	dc902404af01849304973e36acefe77616f20c0c4badf20452c9f38994720582	936783c3419ea7b9026a8888e0ae6b46a9926a91cb8cc0b7170c58b31bfadacd
119	2026-12-07T01:38:34.113Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	936783c3419ea7b9026a8888e0ae6b46a9926a91cb8cc0b7170c58b31bfadacd	e9c15ca8a940baa5fdae36cf0f680822b1f0059ff27691b0beea2242eace6cbd
120	2026-12-07T01:38:34.113Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	e9c15ca8a940baa5fdae36cf0f680822b1f0059ff27691b0beea2242eace6cbd	ede7f648c6ddbc593d579698dc65f65fcc28e43ec32e5c1ea7e783590f2d4d64
121	2026-12-07T01:38:34.114Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ede7f648c6ddbc593d579698dc65f65fcc28e43ec32e5c1ea7e783590f2d4d64	2bfb1df97b38a370bcb2fc8edec4c6538cad0cafb65fc9c7f1fa78ad0692faa6
122	2026-12-07T01:38:34.114Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	2bfb1df97b38a370bcb2fc8edec4c6538cad0cafb65fc9c7f1fa78ad0692faa6	25dbd6a08545be34b186277587b3fd37ddd43a16ff82a5fe5678836f29a9e83a
123	2026-12-07T01:38:34.114Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	25dbd6a08545be34b186277587b3fd37ddd43a16ff82a5fe5678836f29a9e83a	c3a1cb86a8124611c41236d94825d575c4d869b043be3178310668d277ac2b93
124	2026-12-07T01:38:34.115Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	c3a1cb86a8124611c41236d94825d575c4d869b043be3178310668d277ac2b93	8f9eb0aa35d94dd990323e7a307810053d54d80a8fb923b1f04ad08f4ee56677
125	2026-12-07T01:38:34.115Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8f9eb0aa35d94dd990323e7a307810053d54d80a8fb923b1f04ad08f4ee56677	bf087d1caa49791780aca2dc77f84a2aea60748d93a6c077e8c07c529022b055
126	2026-12-07T01:38:34.116Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	bf087d1caa49791780aca2dc77f84a2aea60748d93a6c077e8c07c529022b055	5b29e42659b07109244cf16c43b2c2aeeebe790edb9292aee90d0101f95471bd
127	2026-12-07T01:38:34.116Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5b29e42659b07109244cf16c43b2c2aeeebe790edb9292aee90d0101f95471bd	3e3abc9cd18118f44bf2ff191d00f047d8c235376e0b197c915bf068e3cd66d1
128	2026-12-07T01:38:34.116Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	3e3abc9cd18118f44bf2ff191d00f047d8c235376e0b197c915bf068e3cd66d1	0e766bbe64f4626459659ee02e3649e85e64da45c47d36759e220f7a68718dd8
129	2026-12-07T01:38:34.117Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0e766bbe64f4626459659ee02e3649e85e64da45c47d36759e220f7a68718dd8	f180be826a7e347f2c653830c5bb11c8bb3fdc5cdeaf4f5605e21bda764a3df0
130	2026-12-07T01:38:34.117Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	f180be826a7e347f2c653830c5bb11c8bb3fdc5cdeaf4f5605e21bda764a3df0	b6f761acdbd86402018e6f665fdf04f167304323ad530685c59320ad4a09633e
131	2026-12-07T01:38:34.118Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	b6f761acdbd86402018e6f665fdf04f167304323ad530685c59320ad4a09633e	38310da26f75a373221ab4ca43c0d3174bbe62066a0bce8975cd1cbfb79fc6fa
132	2026-12-07T01:38:34.118Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	38310da26f75a373221ab4ca43c0d3174bbe62066a0bce8975cd1cbfb79fc6fa	7abace6cf3aa9ea5dabb6b4f5cbfeec51f925e4b834a14e24e5609c48cdd5c5c
133	2026-12-07T01:38:34.118Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	7abace6cf3aa9ea5dabb6b4f5cbfeec51f925e4b834a14e24e5609c48cdd5c5c	973f3b9e64ae4c38bbd0b391b999e17134f50c4bc9f8ca437e77de7f15dcdf94
134	2026-12-07T01:38:34.119Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	973f3b9e64ae4c38bbd0b391b999e17134f50c4bc9f8ca437e77de7f15dcdf94	f460e19e19654104c21403bdcf4bbaa1dc90faa93e9dd052154bc35a40444332
135	2026-12-07T01:38:34.119Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	f460e19e19654104c21403bdcf4bbaa1dc90faa93e9dd052154bc35a40444332	b9ab33b98375fedd4ccd05cfa651f4cec49b1ced2b4363b7f5803680ba5f8a11
136	2026-12-07T01:38:34.120Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b9ab33b98375fedd4ccd05cfa651f4cec49b1ced2b4363b7f5803680ba5f8a11	3775954a5e037fd06183bd58abaaba19f1b803d1dd19f7edf70e97b401ccb0e4
137	2026-12-07T01:38:34.120Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	3775954a5e037fd06183bd58abaaba19f1b803d1dd19f7edf70e97b401ccb0e4	4f0618b04731d148bcf7531adfad3f44abcb9e48f6f17c9afdd60f4e5047a289
138	2026-12-07T01:38:34.120Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4f0618b04731d148bcf7531adfad3f44abcb9e48f6f17c9afdd60f4e5047a289	d37e3afde01cb5c4bd17d2d8fbad0aa6e49f84212860afa26749e95cad0e8241
139	2026-12-07T01:38:34.121Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	d37e3afde01cb5c4bd17d2d8fbad0aa6e49f84212860afa26749e95cad0e8241	94e8164a2bc0c910e8399c671c039b5c064dcc0bbca5dd931e98122cecec9e18
140	2026-12-07T01:38:34.121Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	94e8164a2bc0c910e8399c671c039b5c064dcc0bbca5dd931e98122cecec9e18	23c08df0ba73ad5b82b190207c5281323c3091159031633d306bfe38d02b1842
141	2026-12-07T01:38:34.122Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	23c08df0ba73ad5b82b190207c5281323c3091159031633d306bfe38d02b1842	9d200479f5fa3b97b626da48bb6d0de43de19d82bd51ea70e65d74b73921dd07
142	2026-12-07T01:38:34.122Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9d200479f5fa3b97b626da48bb6d0de43de19d82bd51ea70e65d74b73921dd07	1b236baafdf37174811e7d975857f61476e7bfc8f942c3ac33293bcd95b5ed25
143	2026-12-07T01:38:34.122Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	1b236baafdf37174811e7d975857f61476e7bfc8f942c3ac33293bcd95b5ed25	de8098f4562a1b6ed6b1679417d4f3db11498b79ab655e214207209115e7924d
144	2026-12-07T01:38:34.123Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	de8098f4562a1b6ed6b1679417d4f3db11498b79ab655e214207209115e7924d	cf95da70307c56d9f31b363ef817215a6df2c6efff626cc2a2c3e76f23ab312e
145	2026-12-07T01:38:34.123Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	cf95da70307c56d9f31b363ef817215a6df2c6efff626cc2a2c3e76f23ab312e	95d8b485caf3371caa42d2c41e7a89a2fc47388ec6e38b302639de1c4fe32bcd
146	2026-12-07T01:38:34.124Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	95d8b485caf3371caa42d2c41e7a89a2fc47388ec6e38b302639de1c4fe32bcd	8edde8d68a90e3df0b01eba088f4672f0909fa65846686f29f7de07778581b10
147	2026-12-07T01:38:34.124Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	8edde8d68a90e3df0b01eba088f4672f0909fa65846686f29f7de07778581b10	2658226de6f192c3baa696319facd7402f72d7dea80f41fade9b8b4a9108652a
148	2026-12-07T01:38:34.124Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	2658226de6f192c3baa696319facd7402f72d7dea80f41fade9b8b4a9108652a	2dc37eec622a35218e532ebcfbc32f83a19a2f614eae0ca20ae6ca41395d85f9
149	2026-12-07T01:38:34.125Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2dc37eec622a35218e532ebcfbc32f83a19a2f614eae0ca20ae6ca41395d85f9	5bcf15b2b675d50750dda4b34e7455643bd6e36afbc3fb6c087d0e47c0dddedb
150	2026-12-07T01:38:34.125Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	5bcf15b2b675d50750dda4b34e7455643bd6e36afbc3fb6c087d0e47c0dddedb	8dc5aa1f5e9713d4723ae0ac870ecf247da85c6d9921a09a0b1533dde2c92751
151	2026-12-07T01:38:34.126Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8dc5aa1f5e9713d4723ae0ac870ecf247da85c6d9921a09a0b1533dde2c92751	2126323e478cbb3e6a016cbd8623bdb0dfb20851f18c24e29efe5f01721dcd9d
152	2026-12-07T01:38:34.126Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	2126323e478cbb3e6a016cbd8623bdb0dfb20851f18c24e29efe5f01721dcd9d	f2f2303ab8e2910bcbd77d2e5071ad98ae007cb886ed9d47cc215e8bf1982e8a
153	2026-12-07T01:38:34.127Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f2f2303ab8e2910bcbd77d2e5071ad98ae007cb886ed9d47cc215e8bf1982e8a	742b40d7143facb7ae6b2b1ab3352608b2306a63b756869861580a670861c5f1
154	2026-12-07T01:38:34.127Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	742b40d7143facb7ae6b2b1ab3352608b2306a63b756869861580a670861c5f1	973b23f07cc938a3e1b856652ff72effc1c69604f22f0c78777eb6f7603a8731
155	2026-12-07T01:38:34.128Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	973b23f07cc938a3e1b856652ff72effc1c69604f22f0c78777eb6f7603a8731	3e4d3c97141df194936b14bc0ca4389c9b2f28728700cc40750d45d6a818cb55
156	2026-12-07T01:38:34.128Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	3e4d3c97141df194936b14bc0ca4389c9b2f28728700cc40750d45d6a818cb55	677695f26dfd362fdd9d22e02a06733a3fa9275b9172294eb1ba7bc84a4bc83b
157	2026-12-07T01:38:34.128Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	677695f26dfd362fdd9d22e02a06733a3fa9275b9172294eb1ba7bc84a4bc83b	1ede7bc458e7fbd90632953a9e512d332b44e9882a7baf8dd60c99329e3e6c41
158	2026-12-07T01:38:34.129Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	1ede7bc458e7fbd90632953a9e512d332b44e9882a7baf8dd60c99329e3e6c41	b663b0f2d370fa4e0ade9e3c6b7ce1a1ff12f63441ab415527d5e322e8b05bcf
159	2026-12-07T01:38:34.129Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b663b0f2d370fa4e0ade9e3c6b7ce1a1ff12f63441ab415527d5e322e8b05bcf	d0b7c8349fdd4112cf19a6b797a4673f4d5c9aa514f01cff438800b7bc4d39c8
160	2026-12-07T01:38:34.130Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	d0b7c8349fdd4112cf19a6b797a4673f4d5c9aa514f01cff438800b7bc4d39c8	b852c8e651bbe89f7f4dd4bd1813c70c4eba58332ada7433591c32c62b2fde4f
161	2026-12-07T01:38:34.130Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	b852c8e651bbe89f7f4dd4bd1813c70c4eba58332ada7433591c32c62b2fde4f	1ea286d8973837d26beffc181171401272f471919316a665efd20a36f16bbf67
162	2026-12-07T01:38:34.130Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	1ea286d8973837d26beffc181171401272f471919316a665efd20a36f16bbf67	5550aa3d64ccb7df9c9c1c451d28c22f01eebb16b5694ac63a83bd9ce06d5ed1
163	2026-12-07T01:38:34.131Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	5550aa3d64ccb7df9c9c1c451d28c22f01eebb16b5694ac63a83bd9ce06d5ed1	834142b92786b2a583c648369e76a457ab90090eef59609ed28de9792c8913a4
164	2026-12-07T01:38:34.131Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	834142b92786b2a583c648369e76a457ab90090eef59609ed28de9792c8913a4	bb831cc2cba1a33b6b01b24a3fd3a678ba383eba9673ad296548619baa5dd42c
165	2026-12-07T01:38:34.132Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	bb831cc2cba1a33b6b01b24a3fd3a678ba383eba9673ad296548619baa5dd42c	def1e09b1416667f1d9be804d877eace95c1946aa56fc09f8d15f0f3d2b37d02
166	2026-12-07T01:38:34.132Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	def1e09b1416667f1d9be804d877eace95c1946aa56fc09f8d15f0f3d2b37d02	26c2b8f058889c1fa50977e7a5814e3fbea662e15eded431d8a4a7b44f8117ee
167	2026-12-07T01:38:34.132Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	26c2b8f058889c1fa50977e7a5814e3fbea662e15eded431d8a4a7b44f8117ee	3b2667899781983936c7baff9ae7dcf69c08767f23c446ea6c1c83c142aed428
168	2026-12-07T01:38:34.133Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3b2667899781983936c7baff9ae7dcf69c08767f23c446ea6c1c83c142aed428	9ea3f1dae488c46bfd3ed14405882968f430dea8eefcc15b3cd4cd82e5ebf82c
169	2026-12-07T01:38:34.133Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	9ea3f1dae488c46bfd3ed14405882968f430dea8eefcc15b3cd4cd82e5ebf82c	06446b9ea6bc03a7dc866ea13207741d2766550c0302459543aeeadca2c8d987
170	2026-12-07T01:38:34.134Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	06446b9ea6bc03a7dc866ea13207741d2766550c0302459543aeeadca2c8d987	79b5b3cb4945cabd63c93eff8d5773097727e1070fb5949e976b2323422568bb
171	2026-12-07T01:38:34.134Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	79b5b3cb4945cabd63c93eff8d5773097727e1070fb5949e976b2323422568bb	ade8aa26f6621ce71166dbf36eb59e1baa8bc849c7aa8d8a2063c7697fa75bdb
172	2026-12-07T01:38:34.134Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ade8aa26f6621ce71166dbf36eb59e1baa8bc849c7aa8d8a2063c7697fa75bdb	95ced290b010e48eda8fbff69ef45d8ebfc9100600e4fef27040570819e09d88
173	2026-12-07T01:38:34.135Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	95ced290b010e48eda8fbff69ef45d8ebfc9100600e4fef27040570819e09d88	be057e3db3c9ea81921b5343a50bc27f7cdf6a0b47f9a51ae60a7537ff7f63a0
174	2026-12-07T01:38:34.135Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	be057e3db3c9ea81921b5343a50bc27f7cdf6a0b47f9a51ae60a7537ff7f63a0	3cfbd4dc12c2c65e4d065a36b7fe33c95b8958e427255c8ecb5c0702bb427144
175	2026-12-07T01:38:34.136Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	3cfbd4dc12c2c65e4d065a36b7fe33c95b8958e427255c8ecb5c0702bb427144	cf395d638f83d3854eae82f509194b7420cbd0f192f8d50085d474c5b7e062b8
176	2026-12-07T01:38:34.136Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	cf395d638f83d3854eae82f509194b7420cbd0f192f8d50085d474c5b7e062b8	b337255e8a9048f19dd56b710993f7c0544a8950a01627b8d484cf88f634be40
177	2026-12-07T01:38:34.137Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	b337255e8a9048f19dd56b710993f7c0544a8950a01627b8d484cf88f634be40	c34b4fc8b2c5881df4dacee83c283646cd35b3de729865f7d34480e159b67ed7
178	2026-12-07T01:38:34.137Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	c34b4fc8b2c5881df4dacee83c283646cd35b3de729865f7d34480e159b67ed7	4fee49249bd882a91a17fbbcfc5d411798636496e1530fb5553fe881e7e8ea21
179	2026-12-07T01:38:34.137Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4fee49249bd882a91a17fbbcfc5d411798636496e1530fb5553fe881e7e8ea21	57ef7e2746287f26cf07d22075dcbb6e27e6f97750cd15826e40c09790600b0c
180	2026-12-07T01:38:34.138Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	57ef7e2746287f26cf07d22075dcbb6e27e6f97750cd15826e40c09790600b0c	9b12add120b2dcbb5333ecf02c88e9c156899aa32dbb5b85270b2b2ff922eb09
181	2026-12-07T01:38:34.138Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9b12add120b2dcbb5333ecf02c88e9c156899aa32dbb5b85270b2b2ff922eb09	4dcf9977eb9a0e7916fc663330a6163c23c30ee022012efc3887aceebfd6f3ac
182	2026-12-07T01:38:34.139Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	4dcf9977eb9a0e7916fc663330a6163c23c30ee022012efc3887aceebfd6f3ac	3a3d1a70ca9ce400c4eac3fc9f4cffad1a8518361e782fbfb666bc00276dc342
183	2026-12-07T01:38:34.139Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3a3d1a70ca9ce400c4eac3fc9f4cffad1a8518361e782fbfb666bc00276dc342	89b3bf1a2feff473f230a7d4e3c325024e43d41e1402e952ba7978e1e1419c84
184	2026-12-07T01:38:34.139Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	89b3bf1a2feff473f230a7d4e3c325024e43d41e1402e952ba7978e1e1419c84	75c7223cfa0f974cadf3c51f9c9a0ce7e646f3ee7fb8f19a29748a7605da5656
185	2026-12-07T01:38:34.140Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	75c7223cfa0f974cadf3c51f9c9a0ce7e646f3ee7fb8f19a29748a7605da5656	c1421cb01be4f7183c041c55e37576b7882a196da0a6a5709b21ad37bb4a8711
186	2026-12-07T01:38:34.140Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	c1421cb01be4f7183c041c55e37576b7882a196da0a6a5709b21ad37bb4a8711	52098d277a80fa9d035dbb3cae03fcb404640907751a84b3377219b87b71e32c
187	2026-12-07T01:38:34.141Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	52098d277a80fa9d035dbb3cae03fcb404640907751a84b3377219b87b71e32c	841d7db43d162b80ff36c6390674616f8ebc31f817343d331cb0c4fbd807a0da
188	2026-12-07T01:38:34.141Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	841d7db43d162b80ff36c6390674616f8ebc31f817343d331cb0c4fbd807a0da	92ffb70ef534eb9bd9ed969cc16cfedcec1c7555e53ab5422b5de999abe1f43e
189	2026-12-07T01:38:34.141Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	92ffb70ef534eb9bd9ed969cc16cfedcec1c7555e53ab5422b5de999abe1f43e	f7f2b66f57c437bcf3672aebc21c7313774049a0f74de01d2d5fe4afd220c1b6
190	2026-12-07T01:38:34.142Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	f7f2b66f57c437bcf3672aebc21c7313774049a0f74de01d2d5fe4afd220c1b6	539ae575f4f549312397256ae8ebf071fa20ad1c006d1e40aba15ddad27210cd
191	2026-12-07T01:38:34.142Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	539ae575f4f549312397256ae8ebf071fa20ad1c006d1e40aba15ddad27210cd	2715d9a889582e3be918277c49f6d3e5bbb3c567f3b4e76b69a538c12fd0b82e
192	2026-12-07T01:38:34.142Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	2715d9a889582e3be918277c49f6d3e5bbb3c567f3b4e76b69a538c12fd0b82e	beacd3b7760cdac56799e9bb1f8fcc85d21616f9a85510220124cf4063d57df0
193	2026-12-07T01:38:34.143Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	beacd3b7760cdac56799e9bb1f8fcc85d21616f9a85510220124cf4063d57df0	b799810ab80542c82785b9966979c85309e30a61d943e9e9d0d7b118da36dab4
194	2026-12-07T01:38:34.143Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b799810ab80542c82785b9966979c85309e30a61d943e9e9d0d7b118da36dab4	26e708e9563b8ecdf54ede14ac5806e1e95681418284781eb1180586ac715f48
195	2026-12-07T01:38:34.144Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	26e708e9563b8ecdf54ede14ac5806e1e95681418284781eb1180586ac715f48	1a015d115a4909fb7bd699cb16fbcc819dbfa7fdf7da7fa23ba47ab688abf741
196	2026-12-07T01:38:34.144Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1a015d115a4909fb7bd699cb16fbcc819dbfa7fdf7da7fa23ba47ab688abf741	e323f63526bd66736e8ee06eb1ec09222d6b66c032f0264ec53ebf49c9892efd
197	2026-12-07T01:38:34.145Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	e323f63526bd66736e8ee06eb1ec09222d6b66c032f0264ec53ebf49c9892efd	7630dd5d886a9ba13304f74efc91dbac89c24a166debd8e22775a70aa1987dba
198	2026-12-07T01:38:34.145Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7630dd5d886a9ba13304f74efc91dbac89c24a166debd8e22775a70aa1987dba	f7dfd5df1b9a59c8b2020e7460f17ed26451c716930fde6d40e70f52a20f8163
199	2026-12-07T01:38:34.145Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	f7dfd5df1b9a59c8b2020e7460f17ed26451c716930fde6d40e70f52a20f8163	29a9c92ae209ab3a1d7330a7509fa29d1f9966b828167866c00fdb95e911c065
200	2026-12-07T01:38:34.146Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	29a9c92ae209ab3a1d7330a7509fa29d1f9966b828167866c00fdb95e911c065	a86735b426bbc3e0cbe801cf92aa7ff2452f584fcae411a2b0d3b4f9e9a346e3
201	2026-12-07T01:38:34.146Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	a86735b426bbc3e0cbe801cf92aa7ff2452f584fcae411a2b0d3b4f9e9a346e3	8ec10abc35981384733bae6524337bfbcc8404a3396e519f5541f26531aa9682
202	2026-12-07T01:38:34.147Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8ec10abc35981384733bae6524337bfbcc8404a3396e519f5541f26531aa9682	b3447fbc0dcb258ec61bb53a1424ad8223512793ea47b22b1925fcc4bb0ab8c8
203	2026-12-07T01:38:34.147Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	b3447fbc0dcb258ec61bb53a1424ad8223512793ea47b22b1925fcc4bb0ab8c8	ebbb4a75a0e5a8fb980ff31cd81be67a7dc3b12531268d61d38033678ac0788b
204	2026-12-07T01:38:34.148Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ebbb4a75a0e5a8fb980ff31cd81be67a7dc3b12531268d61d38033678ac0788b	ad0173071ec04eb1666168f72e681cc7ab73609070c4b260ac246c426bcfdd14
205	2026-12-07T01:38:34.148Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	ad0173071ec04eb1666168f72e681cc7ab73609070c4b260ac246c426bcfdd14	23cd9b3aa3fa3a162074a44ede8e130f32fda2460238f5d32783716c84900c67
206	2026-12-07T01:38:34.148Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	23cd9b3aa3fa3a162074a44ede8e130f32fda2460238f5d32783716c84900c67	7cf799e11193be6e42971be9984cf86d520fb2735c3ead00982e16337cdaa6a7
207	2026-12-07T01:38:34.149Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	7cf799e11193be6e42971be9984cf86d520fb2735c3ead00982e16337cdaa6a7	6dd026c4fbf4011cd0f7e24bf2f3754cfe66f1a10a706982670fc57c9225115c
208	2026-12-07T01:38:34.149Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	6dd026c4fbf4011cd0f7e24bf2f3754cfe66f1a10a706982670fc57c9225115c	bb9eecd3f2c557f404dadbc8d2a27f89609e71ccc353cd5a1074656b1ef193ce
209	2026-12-07T01:38:34.150Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bb9eecd3f2c557f404dadbc8d2a27f89609e71ccc353cd5a1074656b1ef193ce	9c0ae2581c1074bce747eab39a6cef5ed7019041a621ca104000a6294030d0ac
210	2026-12-07T01:38:34.150Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	9c0ae2581c1074bce747eab39a6cef5ed7019041a621ca104000a6294030d0ac	ccd6b71a4c9da52b8a867095257bf0fd9694d81e6b9e833b889f7f754b8aa5b6
211	2026-12-07T01:38:34.150Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ccd6b71a4c9da52b8a867095257bf0fd9694d81e6b9e833b889f7f754b8aa5b6	4a34f98ac8a0c62f3ce7ed53a3f88e208a9b3da8d4f9ea955c097aaba429dfea
212	2026-12-07T01:38:34.151Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	4a34f98ac8a0c62f3ce7ed53a3f88e208a9b3da8d4f9ea955c097aaba429dfea	359a3d1e7c7eff5f8cafe7bf9242fbf92da00a5f9f3498403b7ca58682f790c1
213	2026-12-07T01:38:34.151Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	359a3d1e7c7eff5f8cafe7bf9242fbf92da00a5f9f3498403b7ca58682f790c1	f943cda16e480a08d9eccd00651bf9c717dfdd35c9ba8ba753c7435b5299e205
214	2026-12-07T01:38:34.152Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	f943cda16e480a08d9eccd00651bf9c717dfdd35c9ba8ba753c7435b5299e205	34ff4b5a3256747bb00470dfad73055f44806c5d9d01b6cfce7672b993a2f4aa
215	2026-12-07T01:38:34.152Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	34ff4b5a3256747bb00470dfad73055f44806c5d9d01b6cfce7672b993a2f4aa	a47ff9abeba7e5d5eaa4ab0dc4543a38bdf2c867fec2b361405bb6d201413f9d
216	2026-12-07T01:38:34.153Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	a47ff9abeba7e5d5eaa4ab0dc4543a38bdf2c867fec2b361405bb6d201413f9d	9423e3a2eebdb6aa2352c2ea3eb96edf2a82db3e5f58f14d853d785584099147
217	2026-12-07T01:38:34.153Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9423e3a2eebdb6aa2352c2ea3eb96edf2a82db3e5f58f14d853d785584099147	d6846716e154109ad1261a5435f4ea2f55b60c1dd51891285962f4562726449e
218	2026-12-07T01:38:34.154Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	d6846716e154109ad1261a5435f4ea2f55b60c1dd51891285962f4562726449e	e7de3bdd186a70e65cb898cd5d5384594e3d86464877cb6ffb7e89ebd212f1de
219	2026-12-07T01:38:34.154Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e7de3bdd186a70e65cb898cd5d5384594e3d86464877cb6ffb7e89ebd212f1de	5a6f5bbac96744f16015982c484085dcb98ddfd1143ae2ce0509155151e9c990
220	2026-12-07T01:38:34.154Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	5a6f5bbac96744f16015982c484085dcb98ddfd1143ae2ce0509155151e9c990	db4bdc74d74de1ef59eab24a74454f73b0398404677273644696f63851bf3fcb
221	2026-12-07T01:38:34.155Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	db4bdc74d74de1ef59eab24a74454f73b0398404677273644696f63851bf3fcb	e7395c039f3a366806ee2730609aedbfe6ed2551a51ba77ce1e6bc0c1f2346a6
222	2026-12-07T01:38:34.155Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	e7395c039f3a366806ee2730609aedbfe6ed2551a51ba77ce1e6bc0c1f2346a6	25060184f2f2b17499c939c56cdca21beb90c83445d9902698aac7d62d8c3ce2
223	2026-12-07T01:38:34.156Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	25060184f2f2b17499c939c56cdca21beb90c83445d9902698aac7d62d8c3ce2	ae3833065bde11002c4321c507c9106d9052a7897124070ee009d76e1aaae8a7
224	2026-12-07T01:38:34.156Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ae3833065bde11002c4321c507c9106d9052a7897124070ee009d76e1aaae8a7	295f9ce880df45bf8d3fd2f721fd8a246666f5c3b9dbbccfda6b51fb56656e46
225	2026-12-07T01:38:34.157Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	295f9ce880df45bf8d3fd2f721fd8a246666f5c3b9dbbccfda6b51fb56656e46	e6cd55642bf7a2076d5641ff5c5981fcaa1fa1e5b3d3bfb4c10c8f4888b6d960
226	2026-12-07T01:38:34.157Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e6cd55642bf7a2076d5641ff5c5981fcaa1fa1e5b3d3bfb4c10c8f4888b6d960	2b3105c6c9b1a229f23ab0f5b8eb10bca453c071fdf70b21760f3d2ebb851bce
227	2026-12-07T01:38:34.157Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	2b3105c6c9b1a229f23ab0f5b8eb10bca453c071fdf70b21760f3d2ebb851bce	79bc1476de12eb391ea85058ddec5e2991ff4b9ec2abf0c446aa919191f4b44c
228	2026-12-07T01:38:34.158Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	79bc1476de12eb391ea85058ddec5e2991ff4b9ec2abf0c446aa919191f4b44c	b545c021289a3c58b9745471227850ed8ddae43ce3a8ac0c59e1a5c9b97fb14a
229	2026-12-07T01:38:34.159Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	b545c021289a3c58b9745471227850ed8ddae43ce3a8ac0c59e1a5c9b97fb14a	91f82f3f277a6c936f250c77b000c2331b676af8550593475b243e409ab806bb
230	2026-12-07T01:38:34.159Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	91f82f3f277a6c936f250c77b000c2331b676af8550593475b243e409ab806bb	408eff81620c85d87e96d1f2e112f078c7fd04de2b18c33145d41e33dc0484a9
231	2026-12-07T01:38:34.160Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	408eff81620c85d87e96d1f2e112f078c7fd04de2b18c33145d41e33dc0484a9	e3246979130c2db06b1017b43e74d90a50871268ace668ad748c376af6b0e856
232	2026-12-07T01:38:34.160Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e3246979130c2db06b1017b43e74d90a50871268ace668ad748c376af6b0e856	e329b4f7cfd3917a783dc9a3c7c60fa064a92d21e590649f515b9931dbda0d97
233	2026-12-07T01:38:34.160Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	e329b4f7cfd3917a783dc9a3c7c60fa064a92d21e590649f515b9931dbda0d97	a6df751e6f78994cb056282b571d221c4383b2587dc32e6d9bf444c6a4cf9d96
234	2026-12-07T01:38:34.457Z	\N	system	create	user	1	\N	{"created_at":1796607514,"disabled":false,"display_name":"Quản trị hệ thống","home_unit_id":1,"id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	a6df751e6f78994cb056282b571d221c4383b2587dc32e6d9bf444c6a4cf9d96	ce1338a950f2890c8dde2dc144b0d99ffe53166b5dacbdfe4eaa6aba20ab5c6a
235	2026-12-07T01:38:34.709Z	\N	system	create	user	2	\N	{"created_at":1796607514,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","home_unit_id":2,"id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	ce1338a950f2890c8dde2dc144b0d99ffe53166b5dacbdfe4eaa6aba20ab5c6a	2fc7e0e4427b0c924ca695f3a57485324c0acce9733801b92bcdaa83acf87be5
236	2026-12-07T01:38:34.944Z	\N	system	create	user	3	\N	{"created_at":1796607514,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","home_unit_id":2,"id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	2fc7e0e4427b0c924ca695f3a57485324c0acce9733801b92bcdaa83acf87be5	4f6751fa9296b7d11dec6624bfea89e8aeff9b7376c930cd2bdf59bb9ce88dd9
237	2026-12-07T01:38:35.185Z	\N	system	create	user	4	\N	{"created_at":1796607515,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","home_unit_id":18,"id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	4f6751fa9296b7d11dec6624bfea89e8aeff9b7376c930cd2bdf59bb9ce88dd9	87daa4b2d308fb16422643474c27258a7f21a378cbdd254c7b852950424b8ff4
238	2026-12-07T01:38:35.457Z	\N	system	create	user	5	\N	{"created_at":1796607515,"disabled":false,"display_name":"Cán bộ phường Long Bình","home_unit_id":25,"id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	87daa4b2d308fb16422643474c27258a7f21a378cbdd254c7b852950424b8ff4	85d35bfa51f58c743647bdd1e5fd3d5faec0f7c07c407866359438af7f528b98
239	2026-12-07T01:38:35.475Z	\N	system	create	target	1	\N	{"baseline":null,"code":"DV","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ đạt 10%/năm.","direction":"higher","due_days":15,"id":1,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất khu vực dịch vụ","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":10.0,"unit_of_measure":"%","weight":1.0,"year":2019}	85d35bfa51f58c743647bdd1e5fd3d5faec0f7c07c407866359438af7f528b98	e55476461065a8f8e5d1b703f05cd072bb8716ad8b69997811dd72295bc77ac1
295	2026-12-07T01:38:35.527Z	\N	system	report	measurement	10	\N	{"corrects":null,"evidence":null,"id":10,"note":"Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":2,"unit_id":2,"value":9.9000000000000004}	1ce2ebae1a158cfe7edee16695b4f041d3f3fadf3e8851ae9c07a433464a1a5f	77993ff13582aaa18f7aa657fe98cd0ab0bfe079f82894268f4ad93548584e3d
240	2026-12-07T01:38:35.476Z	\N	system	create	target	2	\N	{"baseline":null,"code":"CN","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu thủ công nghiệp đạt 11%/năm.","direction":"higher","due_days":15,"id":2,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":11.0,"unit_of_measure":"%","weight":1.0,"year":2019}	e55476461065a8f8e5d1b703f05cd072bb8716ad8b69997811dd72295bc77ac1	f64536de7e514f7fdb09eecb69ecd6d20ed41672925dd71054c1adcf8e702911
241	2026-12-07T01:38:35.480Z	\N	system	create	target	3	\N	{"baseline":null,"code":"NS","description":"Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.","direction":"higher","due_days":15,"id":3,"kind":"range","leader_person_id":1,"name":"Thu ngân sách nhà nước vượt dự toán","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":8.0,"target_low":6.0,"unit_of_measure":"%","weight":1.0,"year":2019}	f64536de7e514f7fdb09eecb69ecd6d20ed41672925dd71054c1adcf8e702911	03e8c68095bb4bc4c1948461c4ce9942c39a03acd2eaf10e9e1389e61084d000
242	2026-12-07T01:38:35.480Z	\N	system	create	target	4	\N	{"baseline":null,"code":"XDCB","description":"Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận quản lý đạt 250 tỷ đồng.","direction":"higher","due_days":10,"id":4,"kind":"amount","leader_person_id":3,"name":"Giải ngân vốn đầu tư xây dựng cơ bản","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"none","target_high":null,"target_low":250.0,"unit_of_measure":"tỷ đồng","weight":1.0,"year":2019}	03e8c68095bb4bc4c1948461c4ce9942c39a03acd2eaf10e9e1389e61084d000	7c5214b6b4ea820c6150e85ba4bed90ef844c661becb6e8f63abee8c7e57e827
243	2026-12-07T01:38:35.481Z	\N	system	create	target	5	\N	{"baseline":null,"code":"HN","description":"Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân (giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).","direction":"higher","due_days":10,"id":5,"kind":"reduction","leader_person_id":2,"name":"Giảm hộ nghèo, hộ cận nghèo","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"sum","target_high":null,"target_low":1600.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	7c5214b6b4ea820c6150e85ba4bed90ef844c661becb6e8f63abee8c7e57e827	167551a924978921ec554eb389622b1b3d8544bd640c83f2c176bd848bd67afc
244	2026-12-07T01:38:35.482Z	\N	system	create	target	6	\N	{"baseline":null,"code":"PP","description":"Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.","direction":"higher","due_days":15,"id":6,"kind":"reduction","leader_person_id":1,"name":"Kéo giảm tỷ lệ phạm pháp hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"wavg","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":1.0,"year":2019}	167551a924978921ec554eb389622b1b3d8544bd640c83f2c176bd848bd67afc	45081896b7b2032d4f831446a80a932162a4e15970adc75f126c183ae7f7e48b
245	2026-12-07T01:38:35.482Z	\N	system	create	target	7	\N	{"baseline":null,"code":"DT","description":"Nâng tỷ lệ điều tra, phá án hình sự trên 70%.","direction":"higher","due_days":15,"id":7,"kind":"ratio","leader_person_id":1,"name":"Tỷ lệ điều tra, phá án hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":70.0,"unit_of_measure":"%","weight":1.0,"year":2019}	45081896b7b2032d4f831446a80a932162a4e15970adc75f126c183ae7f7e48b	ad32b0a6d3a3782f85b515cb197f6d78a973ff6653525ac4ddb497c1c328aeb5
246	2026-12-07T01:38:35.483Z	\N	system	create	target	8	\N	{"baseline":null,"code":"TDP","description":"Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.","direction":"higher","due_days":15,"id":8,"kind":"share","leader_person_id":1,"name":"Tổ dân phố đạt tự quản về an ninh trật tự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"share","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":1.0,"year":2019}	ad32b0a6d3a3782f85b515cb197f6d78a973ff6653525ac4ddb497c1c328aeb5	b94ad2de1a98975c28ec5ae765e99d88c384673c1a6ca8f672bb81a1f24b1f95
247	2026-12-07T01:38:35.488Z	\N	system	create	target	9	\N	{"baseline":null,"code":"HN.Q9.HIEPPHU","description":"Phần chỉ tiêu HN của Phường Hiệp Phú, phân bổ theo quy mô dân số: giảm 146 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":9,"kind":"reduction","leader_person_id":22,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Hiệp Phú","owner_unit_id":18,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":146.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	b94ad2de1a98975c28ec5ae765e99d88c384673c1a6ca8f672bb81a1f24b1f95	fed0af709899386354d46893408928b44d83f56b6f50f5e32ebd78a7bb3c05c5
248	2026-12-07T01:38:35.489Z	\N	system	create	target	10	\N	{"baseline":null,"code":"PP.Q9.HIEPPHU","description":"Phần chỉ tiêu PP của Phường Hiệp Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":10,"kind":"reduction","leader_person_id":22,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	fed0af709899386354d46893408928b44d83f56b6f50f5e32ebd78a7bb3c05c5	8b80751e7ef5ab5c8fb066dd0f57a38bf0f0cef26f04dd8edd53b0c6b9bc9fb5
249	2026-12-07T01:38:35.489Z	\N	system	create	target	11	\N	{"baseline":null,"code":"TDP.Q9.HIEPPHU","description":"Phần chỉ tiêu TDP của Phường Hiệp Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":11,"kind":"share","leader_person_id":22,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	8b80751e7ef5ab5c8fb066dd0f57a38bf0f0cef26f04dd8edd53b0c6b9bc9fb5	b035cd62f25397862261d06c0a07bdb811a29dcda7167e4e5eb43702f5b0b603
250	2026-12-07T01:38:35.490Z	\N	system	create	target	12	\N	{"baseline":null,"code":"HN.Q9.LONGBINH","description":"Phần chỉ tiêu HN của Phường Long Bình, phân bổ theo quy mô dân số: giảm 117 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":12,"kind":"reduction","leader_person_id":30,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Bình","owner_unit_id":25,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":117.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	b035cd62f25397862261d06c0a07bdb811a29dcda7167e4e5eb43702f5b0b603	2a548860a2e5d44063be1f5802825fac59b3f8c2a243f5892a3a923cd43f3d97
251	2026-12-07T01:38:35.491Z	\N	system	create	target	13	\N	{"baseline":null,"code":"PP.Q9.LONGBINH","description":"Phần chỉ tiêu PP của Phường Long Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":13,"kind":"reduction","leader_person_id":30,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Bình","owner_unit_id":25,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.3300000000000001,"year":2019}	2a548860a2e5d44063be1f5802825fac59b3f8c2a243f5892a3a923cd43f3d97	9b1722ba2499e4552f5060c49b9308b6819d1a4c3d8369ceb3301f34e9359c7c
252	2026-12-07T01:38:35.491Z	\N	system	create	target	14	\N	{"baseline":null,"code":"TDP.Q9.LONGBINH","description":"Phần chỉ tiêu TDP của Phường Long Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":14,"kind":"share","leader_person_id":30,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Bình","owner_unit_id":25,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	9b1722ba2499e4552f5060c49b9308b6819d1a4c3d8369ceb3301f34e9359c7c	44e56d3fbec372594723d3ee79f08149983a8e1ae4f3254aa707836de6f45db1
253	2026-12-07T01:38:35.492Z	\N	system	create	target	15	\N	{"baseline":null,"code":"HN.Q9.LONGPHUOC","description":"Phần chỉ tiêu HN của Phường Long Phước, phân bổ theo quy mô dân số: giảm 42 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":15,"kind":"reduction","leader_person_id":38,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Phước","owner_unit_id":32,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":42.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	44e56d3fbec372594723d3ee79f08149983a8e1ae4f3254aa707836de6f45db1	24005672ec34eaf7f9efaa5649a14031a55ccc2f85cdf2b51817453e8298e334
254	2026-12-07T01:38:35.493Z	\N	system	create	target	16	\N	{"baseline":null,"code":"PP.Q9.LONGPHUOC","description":"Phần chỉ tiêu PP của Phường Long Phước: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":16,"kind":"reduction","leader_person_id":38,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Phước","owner_unit_id":32,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":2.6400000000000001,"year":2019}	24005672ec34eaf7f9efaa5649a14031a55ccc2f85cdf2b51817453e8298e334	79e1e070462bc56e3d8e29837677580ae2286111fb70ddf5414fd657ef26382a
255	2026-12-07T01:38:35.493Z	\N	system	create	target	17	\N	{"baseline":null,"code":"TDP.Q9.LONGPHUOC","description":"Phần chỉ tiêu TDP của Phường Long Phước: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":17,"kind":"share","leader_person_id":38,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Phước","owner_unit_id":32,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	79e1e070462bc56e3d8e29837677580ae2286111fb70ddf5414fd657ef26382a	aacea11fcfe88ccd8a077f18ecc9a55cdd9da5d3b10229d0d984d8e6b1372d72
256	2026-12-07T01:38:35.494Z	\N	system	create	target	18	\N	{"baseline":null,"code":"HN.Q9.LONGTHANHMY","description":"Phần chỉ tiêu HN của Phường Long Thạnh Mỹ, phân bổ theo quy mô dân số: giảm 169 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":18,"kind":"reduction","leader_person_id":46,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":169.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	aacea11fcfe88ccd8a077f18ecc9a55cdd9da5d3b10229d0d984d8e6b1372d72	0464d5653890bd96b098d681619f9689cc74d85a8828f2b07651bd1f1c647a02
257	2026-12-07T01:38:35.494Z	\N	system	create	target	19	\N	{"baseline":null,"code":"PP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu PP của Phường Long Thạnh Mỹ: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":19,"kind":"reduction","leader_person_id":46,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":10.56,"year":2019}	0464d5653890bd96b098d681619f9689cc74d85a8828f2b07651bd1f1c647a02	51b93efbd530ede118897943d546df1836e9b757292717d38af54876789aac3d
258	2026-12-07T01:38:35.495Z	\N	system	create	target	20	\N	{"baseline":null,"code":"TDP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu TDP của Phường Long Thạnh Mỹ: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":20,"kind":"share","leader_person_id":46,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	51b93efbd530ede118897943d546df1836e9b757292717d38af54876789aac3d	c78e06c16f3b227971c7d97718a7d39893c756fe3ed6c070d54a4f36efd33e53
259	2026-12-07T01:38:35.495Z	\N	system	create	target	21	\N	{"baseline":null,"code":"HN.Q9.LONGTRUONG","description":"Phần chỉ tiêu HN của Phường Long Trường, phân bổ theo quy mô dân số: giảm 85 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":21,"kind":"reduction","leader_person_id":54,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Trường","owner_unit_id":46,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":85.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	c78e06c16f3b227971c7d97718a7d39893c756fe3ed6c070d54a4f36efd33e53	11a6cdd3a97692b64a70505eb9b68396fe85b821e32057e5b165f2e933dbc235
260	2026-12-07T01:38:35.496Z	\N	system	create	target	22	\N	{"baseline":null,"code":"PP.Q9.LONGTRUONG","description":"Phần chỉ tiêu PP của Phường Long Trường: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":22,"kind":"reduction","leader_person_id":54,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Trường","owner_unit_id":46,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.2800000000000002,"year":2019}	11a6cdd3a97692b64a70505eb9b68396fe85b821e32057e5b165f2e933dbc235	bda965008fba63a1537f7ee14074a37341f52bc8e12252e2e8ae5f91af297c63
296	2026-12-07T01:38:35.527Z	\N	system	report	measurement	11	\N	{"corrects":null,"evidence":null,"id":11,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":3,"unit_id":2,"value":6.9000000000000004}	77993ff13582aaa18f7aa657fe98cd0ab0bfe079f82894268f4ad93548584e3d	89c1f63bfc9e8a2bdc5937fba5f5536e6dc8a688d87f3c1bf47f1d9a7dec377f
261	2026-12-07T01:38:35.496Z	\N	system	create	target	23	\N	{"baseline":null,"code":"TDP.Q9.LONGTRUONG","description":"Phần chỉ tiêu TDP của Phường Long Trường: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":23,"kind":"share","leader_person_id":54,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Trường","owner_unit_id":46,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	bda965008fba63a1537f7ee14074a37341f52bc8e12252e2e8ae5f91af297c63	50157f9595f5734db63345071892bb46b50600448106afde69aa72d2a87334c8
262	2026-12-07T01:38:35.497Z	\N	system	create	target	24	\N	{"baseline":null,"code":"HN.Q9.PHUHUU","description":"Phần chỉ tiêu HN của Phường Phú Hữu, phân bổ theo quy mô dân số: giảm 113 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":24,"kind":"reduction","leader_person_id":62,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phú Hữu","owner_unit_id":53,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":113.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	50157f9595f5734db63345071892bb46b50600448106afde69aa72d2a87334c8	01021e4e31ce56eb7756993ac559b0e2c3695d867c16a3fd4028c40dc1034346
263	2026-12-07T01:38:35.500Z	\N	system	create	target	25	\N	{"baseline":null,"code":"PP.Q9.PHUHUU","description":"Phần chỉ tiêu PP của Phường Phú Hữu: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":25,"kind":"reduction","leader_person_id":62,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phú Hữu","owner_unit_id":53,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.04,"year":2019}	01021e4e31ce56eb7756993ac559b0e2c3695d867c16a3fd4028c40dc1034346	48794c4fa64cd4dd83e24889bcc0af75be4ade587ef9e3806fec2e0a1f30851e
264	2026-12-07T01:38:35.500Z	\N	system	create	target	26	\N	{"baseline":null,"code":"TDP.Q9.PHUHUU","description":"Phần chỉ tiêu TDP của Phường Phú Hữu: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":26,"kind":"share","leader_person_id":62,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phú Hữu","owner_unit_id":53,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	48794c4fa64cd4dd83e24889bcc0af75be4ade587ef9e3806fec2e0a1f30851e	288861595d8e596d58e2d3fb8254c99f6feb4bda9c6955b749d5e8fd1ff5d68c
265	2026-12-07T01:38:35.501Z	\N	system	create	target	27	\N	{"baseline":null,"code":"HN.Q9.PHUOCBINH","description":"Phần chỉ tiêu HN của Phường Phước Bình, phân bổ theo quy mô dân số: giảm 89 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":27,"kind":"reduction","leader_person_id":70,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Bình","owner_unit_id":60,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":89.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	288861595d8e596d58e2d3fb8254c99f6feb4bda9c6955b749d5e8fd1ff5d68c	79700bada65a06c9dbebc2c0df1518718e9d15ef9b1dc04d23f5876d2e7731e4
266	2026-12-07T01:38:35.502Z	\N	system	create	target	28	\N	{"baseline":null,"code":"PP.Q9.PHUOCBINH","description":"Phần chỉ tiêu PP của Phường Phước Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":28,"kind":"reduction","leader_person_id":70,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Bình","owner_unit_id":60,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.5700000000000003,"year":2019}	79700bada65a06c9dbebc2c0df1518718e9d15ef9b1dc04d23f5876d2e7731e4	96b2f2958e309df9fc19ca2475b013ac4649d636436e5fa5ce57cb606cb5c23d
267	2026-12-07T01:38:35.502Z	\N	system	create	target	29	\N	{"baseline":null,"code":"TDP.Q9.PHUOCBINH","description":"Phần chỉ tiêu TDP của Phường Phước Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":29,"kind":"share","leader_person_id":70,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Bình","owner_unit_id":60,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	96b2f2958e309df9fc19ca2475b013ac4649d636436e5fa5ce57cb606cb5c23d	dabfc9335c9562e28c93aceb5fdcd7278cb50958d9f8389431dd5547ec665148
268	2026-12-07T01:38:35.503Z	\N	system	create	target	30	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGA","description":"Phần chỉ tiêu HN của Phường Phước Long A, phân bổ theo quy mô dân số: giảm 99 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":30,"kind":"reduction","leader_person_id":78,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long A","owner_unit_id":67,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":99.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	dabfc9335c9562e28c93aceb5fdcd7278cb50958d9f8389431dd5547ec665148	a5dcbb841976dc650e2bcf3bd39807c7f8dfe6cbd1de015a2eb28f8b3014b831
269	2026-12-07T01:38:35.503Z	\N	system	create	target	31	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu PP của Phường Phước Long A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":31,"kind":"reduction","leader_person_id":78,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long A","owner_unit_id":67,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.1600000000000001,"year":2019}	a5dcbb841976dc650e2bcf3bd39807c7f8dfe6cbd1de015a2eb28f8b3014b831	dc90d41b0f1d6a50dc37a18510dd579dac2e294c1e06602cb8f3da380a24305d
270	2026-12-07T01:38:35.504Z	\N	system	create	target	32	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu TDP của Phường Phước Long A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":32,"kind":"share","leader_person_id":78,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long A","owner_unit_id":67,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	dc90d41b0f1d6a50dc37a18510dd579dac2e294c1e06602cb8f3da380a24305d	a3e5432e1447c33e15da5ff239d742267afddbbb79bf4158c67fb8287ac03612
297	2026-12-07T01:38:35.528Z	\N	system	report	measurement	12	\N	{"corrects":null,"evidence":null,"id":12,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":7,"unit_id":2,"value":71.299999999999997}	89c1f63bfc9e8a2bdc5937fba5f5536e6dc8a688d87f3c1bf47f1d9a7dec377f	ba62fe8d55a351ff43cc5f769db76fa666ed543b4a5fe21075de6e181212196b
271	2026-12-07T01:38:35.508Z	\N	system	create	target	33	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGB","description":"Phần chỉ tiêu HN của Phường Phước Long B, phân bổ theo quy mô dân số: giảm 244 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":33,"kind":"reduction","leader_person_id":86,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long B","owner_unit_id":74,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":244.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	a3e5432e1447c33e15da5ff239d742267afddbbb79bf4158c67fb8287ac03612	c7ed83000757808124fca85580d50bfc49de23d5293a1b340e328450cec6607f
272	2026-12-07T01:38:35.508Z	\N	system	create	target	34	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu PP của Phường Phước Long B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":34,"kind":"reduction","leader_person_id":86,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long B","owner_unit_id":74,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":15.25,"year":2019}	c7ed83000757808124fca85580d50bfc49de23d5293a1b340e328450cec6607f	12576d6573f641ffd65931f89a1413f9ab7a4a76280c618348b35504c1b1758d
273	2026-12-07T01:38:35.509Z	\N	system	create	target	35	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu TDP của Phường Phước Long B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":35,"kind":"share","leader_person_id":86,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long B","owner_unit_id":74,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	12576d6573f641ffd65931f89a1413f9ab7a4a76280c618348b35504c1b1758d	7419fa24d815208825269ed6bb32ef7655e82e5e4393c99f5f694bdf9bcdd43a
274	2026-12-07T01:38:35.510Z	\N	system	create	target	36	\N	{"baseline":null,"code":"HN.Q9.TANPHU","description":"Phần chỉ tiêu HN của Phường Tân Phú, phân bổ theo quy mô dân số: giảm 103 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":36,"kind":"reduction","leader_person_id":94,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tân Phú","owner_unit_id":81,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":103.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	7419fa24d815208825269ed6bb32ef7655e82e5e4393c99f5f694bdf9bcdd43a	69a2ef46f514d861add7bbe610aa768e658077dacc8fa2ca454835379b99cf8e
275	2026-12-07T01:38:35.510Z	\N	system	create	target	37	\N	{"baseline":null,"code":"PP.Q9.TANPHU","description":"Phần chỉ tiêu PP của Phường Tân Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":37,"kind":"reduction","leader_person_id":94,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tân Phú","owner_unit_id":81,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.4500000000000002,"year":2019}	69a2ef46f514d861add7bbe610aa768e658077dacc8fa2ca454835379b99cf8e	347f7e780ce9fa00962ed2124d3d26016bc53187ae66bcf962b80f2f88ac543e
276	2026-12-07T01:38:35.511Z	\N	system	create	target	38	\N	{"baseline":null,"code":"TDP.Q9.TANPHU","description":"Phần chỉ tiêu TDP của Phường Tân Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":38,"kind":"share","leader_person_id":94,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tân Phú","owner_unit_id":81,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	347f7e780ce9fa00962ed2124d3d26016bc53187ae66bcf962b80f2f88ac543e	89c832f10bed2cc3692d3033437e6241112a371e998eaded63c202396f504dad
277	2026-12-07T01:38:35.511Z	\N	system	create	target	39	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú A, phân bổ theo quy mô dân số: giảm 192 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":39,"kind":"reduction","leader_person_id":102,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":192.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	89c832f10bed2cc3692d3033437e6241112a371e998eaded63c202396f504dad	6832549c1b8a8f23981bccb9d0528a7a9b29ece97140b105af5f49545d6de0b0
278	2026-12-07T01:38:35.512Z	\N	system	create	target	40	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":40,"kind":"reduction","leader_person_id":102,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":12.02,"year":2019}	6832549c1b8a8f23981bccb9d0528a7a9b29ece97140b105af5f49545d6de0b0	6f2829a9d286e3622ed96dddd6c01fe114b65a10e01f38d5245a3d9adcfad961
279	2026-12-07T01:38:35.512Z	\N	system	create	target	41	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":41,"kind":"share","leader_person_id":102,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	6f2829a9d286e3622ed96dddd6c01fe114b65a10e01f38d5245a3d9adcfad961	561e90fb42ea16443df83829cdbc891c0eb8d1960fb18b0fa2f22b54fa74c0ab
280	2026-12-07T01:38:35.513Z	\N	system	create	target	42	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú B, phân bổ theo quy mô dân số: giảm 145 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":42,"kind":"reduction","leader_person_id":110,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":145.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	561e90fb42ea16443df83829cdbc891c0eb8d1960fb18b0fa2f22b54fa74c0ab	57670d03f20039db3c4b506c134c5da878849f4c7eb7fb766f34aae1118f9b61
298	2026-12-07T01:38:35.532Z	\N	system	report	measurement	13	\N	{"corrects":null,"evidence":null,"id":13,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":1,"unit_id":2,"value":10.6}	ba62fe8d55a351ff43cc5f769db76fa666ed543b4a5fe21075de6e181212196b	6261f47590b08d18949fb61a0f30015e707071f5c32d05b1d1497a3770e5c71b
281	2026-12-07T01:38:35.513Z	\N	system	create	target	43	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":43,"kind":"reduction","leader_person_id":110,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	57670d03f20039db3c4b506c134c5da878849f4c7eb7fb766f34aae1118f9b61	ea53f813566b05877f7420d2bdddddc6c3a4cf579d956069a99e32a00178b741
282	2026-12-07T01:38:35.514Z	\N	system	create	target	44	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":44,"kind":"share","leader_person_id":110,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	ea53f813566b05877f7420d2bdddddc6c3a4cf579d956069a99e32a00178b741	f95d5e776558f6be2825adb83563ca55e80e10db733a900f3f4c9ddd8c1f1410
283	2026-12-07T01:38:35.515Z	\N	system	create	target	45	\N	{"baseline":null,"code":"HN.Q9.TRUONGTHANH","description":"Phần chỉ tiêu HN của Phường Trường Thạnh, phân bổ theo quy mô dân số: giảm 56 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":45,"kind":"reduction","leader_person_id":118,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Trường Thạnh","owner_unit_id":102,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":56.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	f95d5e776558f6be2825adb83563ca55e80e10db733a900f3f4c9ddd8c1f1410	a01041dded747db065e9a9b697f4c978d12d85b7c226dff3a6ae18ce3070e7e2
284	2026-12-07T01:38:35.515Z	\N	system	create	target	46	\N	{"baseline":null,"code":"PP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu PP của Phường Trường Thạnh: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":46,"kind":"reduction","leader_person_id":118,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":3.52,"year":2019}	a01041dded747db065e9a9b697f4c978d12d85b7c226dff3a6ae18ce3070e7e2	18b2a193cfbb777da7444d9b1e2da85bd713b2570ed9e696d10945dda9f10f27
285	2026-12-07T01:38:35.516Z	\N	system	create	target	47	\N	{"baseline":null,"code":"TDP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu TDP của Phường Trường Thạnh: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":47,"kind":"share","leader_person_id":118,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	18b2a193cfbb777da7444d9b1e2da85bd713b2570ed9e696d10945dda9f10f27	02b453ca4ec11160e12ccb91fed7e7886c112690a13a15b40421cce9d60f486f
286	2026-12-07T01:38:35.521Z	\N	system	report	measurement	1	\N	{"corrects":null,"evidence":null,"id":1,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":1,"unit_id":2,"value":10.199999999999999}	02b453ca4ec11160e12ccb91fed7e7886c112690a13a15b40421cce9d60f486f	86f513cb61e7e1c11385ceab73c7742eb3282cf4c015b79f6200da05497ee5ba
287	2026-12-07T01:38:35.522Z	\N	system	report	measurement	2	\N	{"corrects":null,"evidence":null,"id":2,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":2,"unit_id":2,"value":10.4}	86f513cb61e7e1c11385ceab73c7742eb3282cf4c015b79f6200da05497ee5ba	01d2f6579d751be54204ef8eac97f812efd03fcbad6cbbc8be6118a4d771b6a9
288	2026-12-07T01:38:35.523Z	\N	system	report	measurement	3	\N	{"corrects":null,"evidence":null,"id":3,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":3,"unit_id":2,"value":5.7999999999999998}	01d2f6579d751be54204ef8eac97f812efd03fcbad6cbbc8be6118a4d771b6a9	d6c3e875c8b0641060c767c64958ba66310d7bed66b7f8272ce5118f036782f6
289	2026-12-07T01:38:35.523Z	\N	system	report	measurement	4	\N	{"corrects":null,"evidence":null,"id":4,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":7,"unit_id":2,"value":68.400000000000006}	d6c3e875c8b0641060c767c64958ba66310d7bed66b7f8272ce5118f036782f6	54ccbe2756df5eb2d8556bd12b578c3eaf82b199e129379cbbcfc4af9a20c087
290	2026-12-07T01:38:35.524Z	\N	system	report	measurement	5	\N	{"corrects":null,"evidence":null,"id":5,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":1,"unit_id":2,"value":10.4}	54ccbe2756df5eb2d8556bd12b578c3eaf82b199e129379cbbcfc4af9a20c087	500722c5895ef845c28b799ea97066f5d743d90b3aea893ce6aae68df9a3ed77
291	2026-12-07T01:38:35.525Z	\N	system	report	measurement	6	\N	{"corrects":null,"evidence":null,"id":6,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":2,"unit_id":2,"value":10.199999999999999}	500722c5895ef845c28b799ea97066f5d743d90b3aea893ce6aae68df9a3ed77	b7a11781f4b766b6ca4d4d3773e6a71dc820125cc9d51fa0f7807fd434d96fff
292	2026-12-07T01:38:35.525Z	\N	system	report	measurement	7	\N	{"corrects":null,"evidence":null,"id":7,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":3,"unit_id":2,"value":6.4000000000000004}	b7a11781f4b766b6ca4d4d3773e6a71dc820125cc9d51fa0f7807fd434d96fff	25e8d2cf708c51b5f411e8762b4265409c32c5735e77c69e1cefd5a0ecdae0d8
293	2026-12-07T01:38:35.526Z	\N	system	report	measurement	8	\N	{"corrects":null,"evidence":null,"id":8,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":7,"unit_id":2,"value":70.599999999999994}	25e8d2cf708c51b5f411e8762b4265409c32c5735e77c69e1cefd5a0ecdae0d8	c89bd8c06684b7d34b7b60521cf301ed34bda1e8da894ac558a1bfff2de4101c
294	2026-12-07T01:38:35.526Z	\N	system	report	measurement	9	\N	{"corrects":null,"evidence":null,"id":9,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":1,"unit_id":2,"value":10.5}	c89bd8c06684b7d34b7b60521cf301ed34bda1e8da894ac558a1bfff2de4101c	1ce2ebae1a158cfe7edee16695b4f041d3f3fadf3e8851ae9c07a433464a1a5f
299	2026-12-07T01:38:35.532Z	\N	system	report	measurement	14	\N	{"corrects":null,"evidence":null,"id":14,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":2,"unit_id":2,"value":9.5999999999999996}	6261f47590b08d18949fb61a0f30015e707071f5c32d05b1d1497a3770e5c71b	7d8783f5fa93d5e64b100063b5c21cf4060b64d12597dd5729242fb9e4c2c2b5
300	2026-12-07T01:38:35.533Z	\N	system	report	measurement	15	\N	{"corrects":null,"evidence":null,"id":15,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":3,"unit_id":2,"value":7.0999999999999996}	7d8783f5fa93d5e64b100063b5c21cf4060b64d12597dd5729242fb9e4c2c2b5	be9d449368290eb1454c36c71f1e7924bd0b3f0386791fca39f7fc4502766b1a
301	2026-12-07T01:38:35.533Z	\N	system	report	measurement	16	\N	{"corrects":null,"evidence":null,"id":16,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":7,"unit_id":2,"value":72.0}	be9d449368290eb1454c36c71f1e7924bd0b3f0386791fca39f7fc4502766b1a	d865f369a0364d5065d90296f0a910308c82c08b3c33f893694feeb2114ec9be
302	2026-12-07T01:38:35.534Z	\N	system	report	measurement	17	\N	{"corrects":null,"evidence":null,"id":17,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":4.0}	d865f369a0364d5065d90296f0a910308c82c08b3c33f893694feeb2114ec9be	d8623850b607338833b31afa09b3f80f8897c6b5c4a7f9ac173742a6aec53f25
303	2026-12-07T01:38:35.534Z	\N	system	report	measurement	18	\N	{"corrects":null,"evidence":null,"id":18,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":6.5}	d8623850b607338833b31afa09b3f80f8897c6b5c4a7f9ac173742a6aec53f25	dbe9b46ae4ca47fbf4b7dde6a9ed96d8ea951279226c78572ebe599d7fdacdd7
304	2026-12-07T01:38:35.535Z	\N	system	report	measurement	19	\N	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	dbe9b46ae4ca47fbf4b7dde6a9ed96d8ea951279226c78572ebe599d7fdacdd7	4cb01a1ebc6d72f3b11d429c163b56109e146c75b9234d8c61f768aae00cc253
305	2026-12-07T01:38:35.536Z	\N	system	correct	measurement	20	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	{"corrects":19,"evidence":null,"id":20,"note":"Điều chỉnh theo số liệu Kho bạc","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":14.5}	4cb01a1ebc6d72f3b11d429c163b56109e146c75b9234d8c61f768aae00cc253	6a2dc10614a8e11d4d7fb3b4b96b3a6d5005aeb561130e2f639b3628118bc58d
306	2026-12-07T01:38:35.536Z	\N	system	report	measurement	21	\N	{"corrects":null,"evidence":null,"id":21,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	6a2dc10614a8e11d4d7fb3b4b96b3a6d5005aeb561130e2f639b3628118bc58d	9f53187a3e3dcee49a0ce65313208901841b86a7c2341a854ad7085a6ca8578c
307	2026-12-07T01:38:35.537Z	\N	system	report	measurement	22	\N	{"corrects":null,"evidence":null,"id":22,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":16.0}	9f53187a3e3dcee49a0ce65313208901841b86a7c2341a854ad7085a6ca8578c	288f52a8221249c72ec049fb2d30ceb0628e27fc99246cbf527cbf99b8cb91a3
308	2026-12-07T01:38:35.537Z	\N	system	report	measurement	23	\N	{"corrects":null,"evidence":null,"id":23,"note":"Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	288f52a8221249c72ec049fb2d30ceb0628e27fc99246cbf527cbf99b8cb91a3	bcda6e26387b699755c267afaa180b8fed8b136116a424e8bc8c97afdb6c9cfb
309	2026-12-07T01:38:35.538Z	\N	system	report	measurement	24	\N	{"corrects":null,"evidence":null,"id":24,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":20.0}	bcda6e26387b699755c267afaa180b8fed8b136116a424e8bc8c97afdb6c9cfb	5be88b79dba7ba052886c8d588d4bf0d90875dd07d7d605db23d249b114cbef9
310	2026-12-07T01:38:35.538Z	\N	system	report	measurement	25	\N	{"corrects":null,"evidence":null,"id":25,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	5be88b79dba7ba052886c8d588d4bf0d90875dd07d7d605db23d249b114cbef9	9e8a5265ede8ac87d28940936d8f8017cb31e542af118a49445d8cfb7f114123
311	2026-12-07T01:38:35.539Z	\N	system	report	measurement	26	\N	{"corrects":null,"evidence":null,"id":26,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":26.0}	9e8a5265ede8ac87d28940936d8f8017cb31e542af118a49445d8cfb7f114123	a50347c4f8388cbbc8902006d13e9d7ace8b6f7c053a8ee7745a2bb9e61120d7
312	2026-12-07T01:38:35.544Z	\N	system	report	measurement	27	\N	{"corrects":null,"evidence":null,"id":27,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":28.0}	a50347c4f8388cbbc8902006d13e9d7ace8b6f7c053a8ee7745a2bb9e61120d7	f1865a2fc92f367cf456da5b7e2dc9b0b99ce7823fecf94f7b8e8f6a58aa1a7f
313	2026-12-07T01:38:35.544Z	\N	system	report	measurement	28	\N	{"corrects":null,"evidence":null,"id":28,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":34.0}	f1865a2fc92f367cf456da5b7e2dc9b0b99ce7823fecf94f7b8e8f6a58aa1a7f	f518b57fa234b5a9f39c8ac1ab627e065e606753160c049648be05c4e6b92be7
314	2026-12-07T01:38:35.545Z	\N	system	report	measurement	29	\N	{"corrects":null,"evidence":null,"id":29,"note":"Số liệu sơ bộ, chờ đối chiếu Kho bạc","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":4,"unit_id":2,"value":50.0}	f518b57fa234b5a9f39c8ac1ab627e065e606753160c049648be05c4e6b92be7	55d9cf186e47d80b61810bbff49bb7f074ec7bbd950fada03856388542495350
315	2026-12-07T01:38:35.546Z	\N	system	report	measurement	30	\N	{"corrects":null,"evidence":null,"id":30,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":12.0}	55d9cf186e47d80b61810bbff49bb7f074ec7bbd950fada03856388542495350	d4b3481ae114cbb11e96e4745708841d25204c1946fd00556c3cdcc2dd735fbb
316	2026-12-07T01:38:35.546Z	\N	system	report	measurement	31	\N	{"corrects":null,"evidence":null,"id":31,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":25.0}	d4b3481ae114cbb11e96e4745708841d25204c1946fd00556c3cdcc2dd735fbb	a775fd2b11015a0403f360466baf6573645c53a43771c3044ac26f3894c9a373
317	2026-12-07T01:38:35.547Z	\N	system	report	measurement	32	\N	{"corrects":null,"evidence":null,"id":32,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":39.0}	a775fd2b11015a0403f360466baf6573645c53a43771c3044ac26f3894c9a373	860d9c161e40caf03519168e548e20afcd340ddcb099aa0f1ca39fe430b987fd
318	2026-12-07T01:38:35.547Z	\N	system	report	measurement	33	\N	{"corrects":null,"evidence":null,"id":33,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":51.0}	860d9c161e40caf03519168e548e20afcd340ddcb099aa0f1ca39fe430b987fd	e92469b93e97d92292f40effd975dc7d32c437d12b156c58e4918529b110a5bd
319	2026-12-07T01:38:35.548Z	\N	system	report	measurement	34	\N	{"corrects":null,"evidence":null,"id":34,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":65.0}	e92469b93e97d92292f40effd975dc7d32c437d12b156c58e4918529b110a5bd	319dd5d89a3e7f8f3613e539b71a110b2be2739f9e7367e7a30910953fccce09
320	2026-12-07T01:38:35.548Z	\N	system	report	measurement	35	\N	{"corrects":null,"evidence":null,"id":35,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":77.0}	319dd5d89a3e7f8f3613e539b71a110b2be2739f9e7367e7a30910953fccce09	fd7b533b013c89e0bf81d5322185aef4e96a71852b8ebb6b8740b163c4f4ca4f
321	2026-12-07T01:38:35.548Z	\N	system	report	measurement	36	\N	{"corrects":null,"evidence":null,"id":36,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":90.0}	fd7b533b013c89e0bf81d5322185aef4e96a71852b8ebb6b8740b163c4f4ca4f	b6ea809bb9a3b64a530a79a58744de4461e62ab63ae8be78512033058c25b191
322	2026-12-07T01:38:35.549Z	\N	system	report	measurement	37	\N	{"corrects":null,"evidence":null,"id":37,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":102.0}	b6ea809bb9a3b64a530a79a58744de4461e62ab63ae8be78512033058c25b191	b92d8617c8f9ee743acfd610ab650ebe614df48f6b0a4c1344782cbe7a10bc79
323	2026-12-07T01:38:35.549Z	\N	system	report	measurement	38	\N	{"corrects":null,"evidence":null,"id":38,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":115.0}	b92d8617c8f9ee743acfd610ab650ebe614df48f6b0a4c1344782cbe7a10bc79	c4b195c55b440df35f5bbdcfd9607ac0134d09771ae87ae0a405c975477426b9
324	2026-12-07T01:38:35.550Z	\N	system	report	measurement	39	\N	{"corrects":null,"evidence":null,"id":39,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":128.0}	c4b195c55b440df35f5bbdcfd9607ac0134d09771ae87ae0a405c975477426b9	9a5bad32fa2562408ae95e51d2fa80d91e0668941394f968f57e555ec78a0295
325	2026-12-07T01:38:35.550Z	\N	system	report	measurement	40	\N	{"corrects":null,"evidence":null,"id":40,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":152.0}	9a5bad32fa2562408ae95e51d2fa80d91e0668941394f968f57e555ec78a0295	da0d0a1f51a824089216f1fe3a1de38483a43acba84fbf3158785a62c76f505c
326	2026-12-07T01:38:35.551Z	\N	system	report	measurement	41	\N	{"corrects":null,"evidence":null,"id":41,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":9,"unit_id":18,"value":155.0}	da0d0a1f51a824089216f1fe3a1de38483a43acba84fbf3158785a62c76f505c	b77990400a626e255264a2e867383200cff2d3310d75a479206a1fc066c2c2ae
327	2026-12-07T01:38:35.551Z	\N	system	report	measurement	42	\N	{"corrects":null,"evidence":null,"id":42,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":10,"unit_id":18,"value":3.1000000000000001}	b77990400a626e255264a2e867383200cff2d3310d75a479206a1fc066c2c2ae	e2ebcfef0b84f3f4fc704f47b5e2c51c1b87b664720721242a2de8556258ff15
328	2026-12-07T01:38:35.552Z	\N	system	report	measurement	43	\N	{"corrects":null,"evidence":null,"id":43,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	e2ebcfef0b84f3f4fc704f47b5e2c51c1b87b664720721242a2de8556258ff15	5f281b6ba2c9286027bf6afa90f9eee575c5b6d7e9ac1ad6c040e391a11d1f4b
329	2026-12-07T01:38:35.552Z	\N	system	report	measurement	44	\N	{"corrects":null,"evidence":null,"id":44,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":10,"unit_id":18,"value":3.6000000000000001}	5f281b6ba2c9286027bf6afa90f9eee575c5b6d7e9ac1ad6c040e391a11d1f4b	cb2f04873bf1e2d2b74bfe9dace2fa343ce538a0c484f23558f1b78a7705e0a8
330	2026-12-07T01:38:35.556Z	\N	system	report	measurement	45	\N	{"corrects":null,"evidence":null,"id":45,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	cb2f04873bf1e2d2b74bfe9dace2fa343ce538a0c484f23558f1b78a7705e0a8	07654a328ec316432d236c18c144ff62d537aa5987ba1b00a1ac95264dd61875
331	2026-12-07T01:38:35.556Z	\N	system	report	measurement	46	\N	{"corrects":null,"evidence":null,"id":46,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":10,"unit_id":18,"value":4.0}	07654a328ec316432d236c18c144ff62d537aa5987ba1b00a1ac95264dd61875	4f6892f5f743077baaa6cceb080a2c8c974a2d29cea1dfe6a04506beb28ff280
332	2026-12-07T01:38:35.557Z	\N	system	report	measurement	47	\N	{"corrects":null,"evidence":null,"id":47,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	4f6892f5f743077baaa6cceb080a2c8c974a2d29cea1dfe6a04506beb28ff280	7cb1bc355cd7dc179dbaa8b4c7165b7f18681f42748faa4c3ebb6dea35b105c6
333	2026-12-07T01:38:35.557Z	\N	system	report	measurement	48	\N	{"corrects":null,"evidence":null,"id":48,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":10,"unit_id":18,"value":4.2999999999999998}	7cb1bc355cd7dc179dbaa8b4c7165b7f18681f42748faa4c3ebb6dea35b105c6	875c0821a6bd7ee5f0012e4335b2eb90e932fcc2df3c2e334b92896cfdc745ae
334	2026-12-07T01:38:35.558Z	\N	system	report	measurement	49	\N	{"corrects":null,"evidence":null,"id":49,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	875c0821a6bd7ee5f0012e4335b2eb90e932fcc2df3c2e334b92896cfdc745ae	cad160d1b8646534bda2b3bae0f76de2dff53edaf4872d7b678119a4093fe7ce
335	2026-12-07T01:38:35.558Z	\N	system	report	measurement	50	\N	{"corrects":null,"evidence":null,"id":50,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":10.0}	cad160d1b8646534bda2b3bae0f76de2dff53edaf4872d7b678119a4093fe7ce	656c404390dbdf172ed1d631c33f40dc0b8b226fb7bfeb510ede13ba818cd0a9
336	2026-12-07T01:38:35.559Z	\N	system	report	measurement	51	\N	{"corrects":null,"evidence":null,"id":51,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":19.0}	656c404390dbdf172ed1d631c33f40dc0b8b226fb7bfeb510ede13ba818cd0a9	f2e625780bc7caaa3439c46a4e0825dab8e0414333dded997757502408eebf87
337	2026-12-07T01:38:35.559Z	\N	system	report	measurement	52	\N	{"corrects":null,"evidence":null,"id":52,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":30.0}	f2e625780bc7caaa3439c46a4e0825dab8e0414333dded997757502408eebf87	67efaaaac6286d9d75a2f3dada6dcb3882d24aa1cdbc4257de14121f07b1e7e0
338	2026-12-07T01:38:35.560Z	\N	system	report	measurement	53	\N	{"corrects":null,"evidence":null,"id":53,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":40.0}	67efaaaac6286d9d75a2f3dada6dcb3882d24aa1cdbc4257de14121f07b1e7e0	2254b7438f4daad51575d9e367db4e552eaae34cef26e67756b43b901386aab5
339	2026-12-07T01:38:35.560Z	\N	system	report	measurement	54	\N	{"corrects":null,"evidence":null,"id":54,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":51.0}	2254b7438f4daad51575d9e367db4e552eaae34cef26e67756b43b901386aab5	44fe7da9d726842a87db5402b1111ce040c4fc5db5b17967a700724f73ba8474
340	2026-12-07T01:38:35.561Z	\N	system	report	measurement	55	\N	{"corrects":null,"evidence":null,"id":55,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":61.0}	44fe7da9d726842a87db5402b1111ce040c4fc5db5b17967a700724f73ba8474	88999055f4280f71ac767513afc22077fd6f68be29c6229b63688a872f1d54c3
341	2026-12-07T01:38:35.561Z	\N	system	report	measurement	56	\N	{"corrects":null,"evidence":null,"id":56,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":71.0}	88999055f4280f71ac767513afc22077fd6f68be29c6229b63688a872f1d54c3	f913d233188425fdb1780f8e792a1b9ee02a8b8d7a03b4f584b2a7c48c22d7a3
342	2026-12-07T01:38:35.562Z	\N	system	report	measurement	57	\N	{"corrects":null,"evidence":null,"id":57,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":80.0}	f913d233188425fdb1780f8e792a1b9ee02a8b8d7a03b4f584b2a7c48c22d7a3	7d1711472cc8bdc73f01c433e43947d11703ea7c9fa4ecc7c98478672ddd6c33
343	2026-12-07T01:38:35.564Z	\N	system	report	measurement	58	\N	{"corrects":null,"evidence":null,"id":58,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":90.0}	7d1711472cc8bdc73f01c433e43947d11703ea7c9fa4ecc7c98478672ddd6c33	23b6fa8534f12cde9dc0dbd0bce67bd0bb816e869875b1201d63782a9d1f2450
344	2026-12-07T01:38:35.564Z	\N	system	report	measurement	59	\N	{"corrects":null,"evidence":null,"id":59,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":101.0}	23b6fa8534f12cde9dc0dbd0bce67bd0bb816e869875b1201d63782a9d1f2450	869a50106c2264e92b612af7ba77f87f089cb3faa57028905e1c913ba00f3862
345	2026-12-07T01:38:35.565Z	\N	system	report	measurement	60	\N	{"corrects":null,"evidence":null,"id":60,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":119.0}	869a50106c2264e92b612af7ba77f87f089cb3faa57028905e1c913ba00f3862	4f04bc85a2ac85dc7c1c72bd398e1ca0e6be41df22a9e489b360e7c4c4a06873
346	2026-12-07T01:38:35.565Z	\N	system	report	measurement	61	\N	{"corrects":null,"evidence":null,"id":61,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":12,"unit_id":25,"value":122.0}	4f04bc85a2ac85dc7c1c72bd398e1ca0e6be41df22a9e489b360e7c4c4a06873	55a3d74efea0f35afe8fba92ed434a5c3f6da39b3e7fb7742ccfc79b1cac0929
347	2026-12-07T01:38:35.566Z	\N	system	report	measurement	62	\N	{"corrects":null,"evidence":null,"id":62,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":13,"unit_id":25,"value":2.7999999999999998}	55a3d74efea0f35afe8fba92ed434a5c3f6da39b3e7fb7742ccfc79b1cac0929	78c92cfa1cfab384f0735e385a830404515822a248d61af6e5de4b8e308cd317
348	2026-12-07T01:38:35.566Z	\N	system	report	measurement	63	\N	{"corrects":null,"evidence":null,"id":63,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":14,"unit_id":25,"value":60.0}	78c92cfa1cfab384f0735e385a830404515822a248d61af6e5de4b8e308cd317	e704d01e99e41073691f5364005a2884d0bf28fba161a3755990b8462419a060
349	2026-12-07T01:38:35.567Z	\N	system	report	measurement	64	\N	{"corrects":null,"evidence":null,"id":64,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":13,"unit_id":25,"value":3.2999999999999998}	e704d01e99e41073691f5364005a2884d0bf28fba161a3755990b8462419a060	c44382f07a0363e406774baae54026b6d525f6b9bf11082bf6425298e70f8920
350	2026-12-07T01:38:35.567Z	\N	system	report	measurement	65	\N	{"corrects":null,"evidence":null,"id":65,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	c44382f07a0363e406774baae54026b6d525f6b9bf11082bf6425298e70f8920	c17699452f2f0aaad1edc55ca668cc0e094762c70bce266f225b11af1507c645
351	2026-12-07T01:38:35.572Z	\N	system	report	measurement	66	\N	{"corrects":null,"evidence":null,"id":66,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":13,"unit_id":25,"value":3.7000000000000002}	c17699452f2f0aaad1edc55ca668cc0e094762c70bce266f225b11af1507c645	fa202dc6073d015f85f21e742259be8d228b9320f59dd7058d1e5b2faf9fda5e
352	2026-12-07T01:38:35.572Z	\N	system	report	measurement	67	\N	{"corrects":null,"evidence":null,"id":67,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	fa202dc6073d015f85f21e742259be8d228b9320f59dd7058d1e5b2faf9fda5e	36192e1e8a5e050626593264e7f65aec96cb88f4b65c54c2c4ca36a061e3f97f
353	2026-12-07T01:38:35.573Z	\N	system	report	measurement	68	\N	{"corrects":null,"evidence":null,"id":68,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":13,"unit_id":25,"value":4.0}	36192e1e8a5e050626593264e7f65aec96cb88f4b65c54c2c4ca36a061e3f97f	cead150029e5ca1d8d54f15c88e7aeef1d06f6972bf653dd4a3fe120748ccdba
354	2026-12-07T01:38:35.573Z	\N	system	report	measurement	69	\N	{"corrects":null,"evidence":null,"id":69,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	cead150029e5ca1d8d54f15c88e7aeef1d06f6972bf653dd4a3fe120748ccdba	f3f4caa9a1b72252dbd56506e28d126cc61f3af99763acb817de7223e457607d
355	2026-12-07T01:38:35.574Z	\N	system	report	measurement	70	\N	{"corrects":null,"evidence":null,"id":70,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":3.0}	f3f4caa9a1b72252dbd56506e28d126cc61f3af99763acb817de7223e457607d	7cc42ea5410e42ecd16afbfe3064fa556f0cd18500ae4673774ef90a1a615768
356	2026-12-07T01:38:35.574Z	\N	system	report	measurement	71	\N	{"corrects":null,"evidence":null,"id":71,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":5.0}	7cc42ea5410e42ecd16afbfe3064fa556f0cd18500ae4673774ef90a1a615768	a26db41afba0764142536108c679d4e61440917164768c7e4d925eb83d0c33b0
357	2026-12-07T01:38:35.575Z	\N	system	report	measurement	72	\N	{"corrects":null,"evidence":null,"id":72,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":8.0}	a26db41afba0764142536108c679d4e61440917164768c7e4d925eb83d0c33b0	2e7ba5bd37b77388ef891de387361a560e57bc911e6abf2a2224cc3c4e4d2885
358	2026-12-07T01:38:35.575Z	\N	system	report	measurement	73	\N	{"corrects":null,"evidence":null,"id":73,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":11.0}	2e7ba5bd37b77388ef891de387361a560e57bc911e6abf2a2224cc3c4e4d2885	e67476a4c752ab5a593043d5a4f86734cb29e367d14eb60f2edb63371fe320de
359	2026-12-07T01:38:35.576Z	\N	system	report	measurement	74	\N	{"corrects":null,"evidence":null,"id":74,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":14.0}	e67476a4c752ab5a593043d5a4f86734cb29e367d14eb60f2edb63371fe320de	de0ece77d81136a65b3addf09850dd96ba19c45ba04770d69d91ed0666d950b0
360	2026-12-07T01:38:35.577Z	\N	system	report	measurement	75	\N	{"corrects":null,"evidence":null,"id":75,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":17.0}	de0ece77d81136a65b3addf09850dd96ba19c45ba04770d69d91ed0666d950b0	ea68f28e56bf654439dd0ff8b9305eb77f5abe300b9c4c8a5409b2925016da31
361	2026-12-07T01:38:35.577Z	\N	system	report	measurement	76	\N	{"corrects":null,"evidence":null,"id":76,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":19.0}	ea68f28e56bf654439dd0ff8b9305eb77f5abe300b9c4c8a5409b2925016da31	674bc3fd87fb96a861f9b0f25d02c495c9e7dbe6117d843ef3a3487968cf3d81
362	2026-12-07T01:38:35.578Z	\N	system	report	measurement	77	\N	{"corrects":null,"evidence":null,"id":77,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":22.0}	674bc3fd87fb96a861f9b0f25d02c495c9e7dbe6117d843ef3a3487968cf3d81	fda0b16b70bdfe290498101b69d5d383f280211502717f277f38388cee63cee4
363	2026-12-07T01:38:35.578Z	\N	system	report	measurement	78	\N	{"corrects":null,"evidence":null,"id":78,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":25.0}	fda0b16b70bdfe290498101b69d5d383f280211502717f277f38388cee63cee4	ba4bb21592dc8c4f5b14db87d86a33ab0c3717512d9bf3a5489f7458d673dacb
364	2026-12-07T01:38:35.579Z	\N	system	report	measurement	79	\N	{"corrects":null,"evidence":null,"id":79,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":28.0}	ba4bb21592dc8c4f5b14db87d86a33ab0c3717512d9bf3a5489f7458d673dacb	6b1675125978ad789c3dc0b6a222fe914628d01fa33518e59e3121e16be91d38
365	2026-12-07T01:38:35.579Z	\N	system	report	measurement	80	\N	{"corrects":null,"evidence":null,"id":80,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":15,"unit_id":32,"value":33.0}	6b1675125978ad789c3dc0b6a222fe914628d01fa33518e59e3121e16be91d38	adf45ff44dcbf70b26715ea1df2d080b7f67b3eb217c8f78103206d47513009b
366	2026-12-07T01:38:35.580Z	\N	system	report	measurement	81	\N	{"corrects":null,"evidence":null,"id":81,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":16,"unit_id":32,"value":3.3999999999999999}	adf45ff44dcbf70b26715ea1df2d080b7f67b3eb217c8f78103206d47513009b	ce82d3fd40f35fe3ca260d297f6078bfa10fe3773ad5bf1d747c6a8251d0cd4e
367	2026-12-07T01:38:35.580Z	\N	system	report	measurement	82	\N	{"corrects":null,"evidence":null,"id":82,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":17,"unit_id":32,"value":40.0}	ce82d3fd40f35fe3ca260d297f6078bfa10fe3773ad5bf1d747c6a8251d0cd4e	4214b0411c1c32cabe4e70b96a5a76700a040f68d46e6e1697f5458d89e9600e
368	2026-12-07T01:38:35.580Z	\N	system	report	measurement	83	\N	{"corrects":null,"evidence":null,"id":83,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":16,"unit_id":32,"value":3.7999999999999998}	4214b0411c1c32cabe4e70b96a5a76700a040f68d46e6e1697f5458d89e9600e	2628476256a365b3ead34b9a1cd2cbc7240916c1bb3335e46ee2c1c8340576f4
369	2026-12-07T01:38:35.584Z	\N	system	report	measurement	84	\N	{"corrects":null,"evidence":null,"id":84,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	2628476256a365b3ead34b9a1cd2cbc7240916c1bb3335e46ee2c1c8340576f4	ebfd99a9234e66b35ea631675305f7d544600410373cae106c03af0da2225598
370	2026-12-07T01:38:35.584Z	\N	system	report	measurement	85	\N	{"corrects":null,"evidence":null,"id":85,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":16,"unit_id":32,"value":4.2000000000000002}	ebfd99a9234e66b35ea631675305f7d544600410373cae106c03af0da2225598	b54377e4d5e5983f92d2d22aeaa4a1b8f2682b8b7cddf512e74f7c45c2452f8b
371	2026-12-07T01:38:35.585Z	\N	system	report	measurement	86	\N	{"corrects":null,"evidence":null,"id":86,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	b54377e4d5e5983f92d2d22aeaa4a1b8f2682b8b7cddf512e74f7c45c2452f8b	4d68d9e3454d63742d1ab938c6b5f9e5354e31fc131254b9e1502de06a3ee1c8
372	2026-12-07T01:38:35.585Z	\N	system	report	measurement	87	\N	{"corrects":null,"evidence":null,"id":87,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":16,"unit_id":32,"value":4.5999999999999996}	4d68d9e3454d63742d1ab938c6b5f9e5354e31fc131254b9e1502de06a3ee1c8	f72822a66165f926e3ad5b442f559e93dff6fc9d9195391019c23a444bb00897
373	2026-12-07T01:38:35.586Z	\N	system	report	measurement	88	\N	{"corrects":null,"evidence":null,"id":88,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	f72822a66165f926e3ad5b442f559e93dff6fc9d9195391019c23a444bb00897	55d074082dc12581962de70b77e54c323c4efe5ae89ba808a1263e22f56efdc8
374	2026-12-07T01:38:35.586Z	\N	system	report	measurement	89	\N	{"corrects":null,"evidence":null,"id":89,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":14.0}	55d074082dc12581962de70b77e54c323c4efe5ae89ba808a1263e22f56efdc8	1b81075f0880e837f4baa891181511e2efc04832d94ac3a5fdc342ba3e55441e
375	2026-12-07T01:38:35.586Z	\N	system	report	measurement	90	\N	{"corrects":null,"evidence":null,"id":90,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":28.0}	1b81075f0880e837f4baa891181511e2efc04832d94ac3a5fdc342ba3e55441e	7e5ec1788b702c749cecbfd3ddf193b71c1b5239e1d1d387181e409a7951eb29
376	2026-12-07T01:38:35.587Z	\N	system	report	measurement	91	\N	{"corrects":null,"evidence":null,"id":91,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":44.0}	7e5ec1788b702c749cecbfd3ddf193b71c1b5239e1d1d387181e409a7951eb29	ff4e10f56193b9d89c874cf6245a0ded1c061bb85d66d260fd9c85e265746ede
377	2026-12-07T01:38:35.587Z	\N	system	report	measurement	92	\N	{"corrects":null,"evidence":null,"id":92,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":59.0}	ff4e10f56193b9d89c874cf6245a0ded1c061bb85d66d260fd9c85e265746ede	e25b44035f1ba958fee5520796e7728891152cb7cf8173eb0dd079a57ef3d6e6
378	2026-12-07T01:38:35.588Z	\N	system	report	measurement	93	\N	{"corrects":null,"evidence":null,"id":93,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":75.0}	e25b44035f1ba958fee5520796e7728891152cb7cf8173eb0dd079a57ef3d6e6	50d3d55e03145c51f0f6378687c2463db20c1279f641a204af1dce570bffa0d8
379	2026-12-07T01:38:35.588Z	\N	system	report	measurement	94	\N	{"corrects":null,"evidence":null,"id":94,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":89.0}	50d3d55e03145c51f0f6378687c2463db20c1279f641a204af1dce570bffa0d8	ec562650001b9c78abdbfb540a8d7a1df9b8acee0b18f23b5a1f4e22d8bdc6d1
380	2026-12-07T01:38:35.589Z	\N	system	report	measurement	95	\N	{"corrects":null,"evidence":null,"id":95,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":103.0}	ec562650001b9c78abdbfb540a8d7a1df9b8acee0b18f23b5a1f4e22d8bdc6d1	85fda53e3c38190ee4a4d9cff7fb3b8244d1ab5f596df24bda4684592570c500
381	2026-12-07T01:38:35.591Z	\N	system	report	measurement	96	\N	{"corrects":null,"evidence":null,"id":96,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":117.0}	85fda53e3c38190ee4a4d9cff7fb3b8244d1ab5f596df24bda4684592570c500	404c5c32adb9f6039c99b8b1bcb7ed9ac43ec8c9e95049ff46de69b9c7e5258e
382	2026-12-07T01:38:35.592Z	\N	system	report	measurement	97	\N	{"corrects":null,"evidence":null,"id":97,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":131.0}	404c5c32adb9f6039c99b8b1bcb7ed9ac43ec8c9e95049ff46de69b9c7e5258e	bd77982992fe76517541caf24bfc210af4249a02c1cb13f8c11251a7c521fa39
383	2026-12-07T01:38:35.592Z	\N	system	report	measurement	98	\N	{"corrects":null,"evidence":null,"id":98,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":147.0}	bd77982992fe76517541caf24bfc210af4249a02c1cb13f8c11251a7c521fa39	8c2a2fa4f2ae2fefe7a5a8b86b4b22a622015be23a9c44081ff78fe442e2d37c
384	2026-12-07T01:38:35.593Z	\N	system	report	measurement	99	\N	{"corrects":null,"evidence":null,"id":99,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":174.0}	8c2a2fa4f2ae2fefe7a5a8b86b4b22a622015be23a9c44081ff78fe442e2d37c	2546c53fc85b36bf29ef681c716c9f431f034a28023659f0b0973dbe5090fa98
385	2026-12-07T01:38:35.593Z	\N	system	report	measurement	100	\N	{"corrects":null,"evidence":null,"id":100,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":18,"unit_id":39,"value":177.0}	2546c53fc85b36bf29ef681c716c9f431f034a28023659f0b0973dbe5090fa98	5d99b5df397f19a0e79aac8b7c1ede3f2b55b53f6e5277dd5a3426baad9b6b01
386	2026-12-07T01:38:35.594Z	\N	system	report	measurement	101	\N	{"corrects":null,"evidence":null,"id":101,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":19,"unit_id":39,"value":2.8999999999999999}	5d99b5df397f19a0e79aac8b7c1ede3f2b55b53f6e5277dd5a3426baad9b6b01	ba78bd7a5cc3074b6fdaab58b311d02a2fbe918f1fe7f59275e647fa66d2ba94
387	2026-12-07T01:38:35.594Z	\N	system	report	measurement	102	\N	{"corrects":null,"evidence":null,"id":102,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	ba78bd7a5cc3074b6fdaab58b311d02a2fbe918f1fe7f59275e647fa66d2ba94	1feb2e08d6f17ee200ef73a719d766ddd210ce2fbbba091a9a3415cf2d1b61f8
388	2026-12-07T01:38:35.600Z	\N	system	report	measurement	103	\N	{"corrects":null,"evidence":null,"id":103,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":19,"unit_id":39,"value":3.2000000000000002}	1feb2e08d6f17ee200ef73a719d766ddd210ce2fbbba091a9a3415cf2d1b61f8	d25d29dcc07fb24f85b8e0faedcb76d34769108834088c28f5bf47f00aece09e
389	2026-12-07T01:38:35.600Z	\N	system	report	measurement	104	\N	{"corrects":null,"evidence":null,"id":104,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	d25d29dcc07fb24f85b8e0faedcb76d34769108834088c28f5bf47f00aece09e	8bebbe4a6403146b9f7e949a694706bfc0bc4220a7064b5e7a7af49dbbb05754
390	2026-12-07T01:38:35.601Z	\N	system	report	measurement	105	\N	{"corrects":null,"evidence":null,"id":105,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":19,"unit_id":39,"value":3.6000000000000001}	8bebbe4a6403146b9f7e949a694706bfc0bc4220a7064b5e7a7af49dbbb05754	9d20cb24c0dfee19a3c2444a7cac1704f59b234f889db96367a76d131d092e48
391	2026-12-07T01:38:35.601Z	\N	system	report	measurement	106	\N	{"corrects":null,"evidence":null,"id":106,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	9d20cb24c0dfee19a3c2444a7cac1704f59b234f889db96367a76d131d092e48	666c913b0c6496fe63080fa059ce16002d98a61d1d11ae4468faef90a8e52ccd
392	2026-12-07T01:38:35.602Z	\N	system	report	measurement	107	\N	{"corrects":null,"evidence":null,"id":107,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":19,"unit_id":39,"value":3.8999999999999999}	666c913b0c6496fe63080fa059ce16002d98a61d1d11ae4468faef90a8e52ccd	320bcd0b87f6ee9b475a8ceaa218f991a0aaec3c3a0a028c5140ea784fab3091
393	2026-12-07T01:38:35.602Z	\N	system	report	measurement	108	\N	{"corrects":null,"evidence":null,"id":108,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":20,"unit_id":39,"value":100.0}	320bcd0b87f6ee9b475a8ceaa218f991a0aaec3c3a0a028c5140ea784fab3091	01494c615337cd48a57186db4c11c00312132c355349f0ae7256823da1320e9a
394	2026-12-07T01:38:35.603Z	\N	system	report	measurement	109	\N	{"corrects":null,"evidence":null,"id":109,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":7.0}	01494c615337cd48a57186db4c11c00312132c355349f0ae7256823da1320e9a	8bc8f5a092e57ff0ca115ee8761a4fedd80399cf8874cd0ba5533eb289ed66b2
395	2026-12-07T01:38:35.603Z	\N	system	report	measurement	110	\N	{"corrects":null,"evidence":null,"id":110,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":14.0}	8bc8f5a092e57ff0ca115ee8761a4fedd80399cf8874cd0ba5533eb289ed66b2	90d7615b91bb4d4de8e17810727bac73d27598276079c991e88d43ec71c6982e
396	2026-12-07T01:38:35.603Z	\N	system	report	measurement	111	\N	{"corrects":null,"evidence":null,"id":111,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":22.0}	90d7615b91bb4d4de8e17810727bac73d27598276079c991e88d43ec71c6982e	3208d76e3c92dd8affc62bb5ef72436d401ca97be216d8cdf13d6c331b80c600
397	2026-12-07T01:38:35.604Z	\N	system	report	measurement	112	\N	{"corrects":null,"evidence":null,"id":112,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":29.0}	3208d76e3c92dd8affc62bb5ef72436d401ca97be216d8cdf13d6c331b80c600	f9ba618b2ba75b2a8060d87a1a73e60f02d8f97bd8dc8216cd7a4e2b6599c357
398	2026-12-07T01:38:35.604Z	\N	system	report	measurement	113	\N	{"corrects":null,"evidence":null,"id":113,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":37.0}	f9ba618b2ba75b2a8060d87a1a73e60f02d8f97bd8dc8216cd7a4e2b6599c357	6d714914a2c361f17a90644654c3ea7a023411cf78575f6437aa22ec086a33fd
399	2026-12-07T01:38:35.605Z	\N	system	report	measurement	114	\N	{"corrects":null,"evidence":null,"id":114,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":44.0}	6d714914a2c361f17a90644654c3ea7a023411cf78575f6437aa22ec086a33fd	9c267cf173bd679f08ec24936badc0877f14928969539c6de1281f6af2fd1be7
400	2026-12-07T01:38:35.606Z	\N	system	report	measurement	115	\N	{"corrects":null,"evidence":null,"id":115,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":51.0}	9c267cf173bd679f08ec24936badc0877f14928969539c6de1281f6af2fd1be7	b64b67893491fba876de7200f289b3decb2b4d620219000c45f7c97607981b0e
401	2026-12-07T01:38:35.608Z	\N	system	report	measurement	116	\N	{"corrects":null,"evidence":null,"id":116,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":58.0}	b64b67893491fba876de7200f289b3decb2b4d620219000c45f7c97607981b0e	27c286ccf634d41279c0243357d23e517121779f491e9d14659b868fbaba6e89
402	2026-12-07T01:38:35.608Z	\N	system	report	measurement	117	\N	{"corrects":null,"evidence":null,"id":117,"note":"Số liệu sơ bộ","period_no":9,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":65.0}	27c286ccf634d41279c0243357d23e517121779f491e9d14659b868fbaba6e89	bff366d549a4f9e06c0d9d71e9b2c4a2054fb1c8bbd6eb439334ea3689761e20
403	2026-12-07T01:38:35.609Z	\N	system	report	measurement	118	\N	{"corrects":null,"evidence":null,"id":118,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":73.0}	bff366d549a4f9e06c0d9d71e9b2c4a2054fb1c8bbd6eb439334ea3689761e20	77ca308240185f4d8d654c62824d0e55b1926781833e93aa3dfab7a4936c3161
404	2026-12-07T01:38:35.609Z	\N	system	report	measurement	119	\N	{"corrects":null,"evidence":null,"id":119,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":86.0}	77ca308240185f4d8d654c62824d0e55b1926781833e93aa3dfab7a4936c3161	cb3f1f949fb027a75724a8f40c68b093262ef45d9b19fb67b7dc3d3ee47697c4
405	2026-12-07T01:38:35.610Z	\N	system	report	measurement	120	\N	{"corrects":null,"evidence":null,"id":120,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":21,"unit_id":46,"value":88.0}	cb3f1f949fb027a75724a8f40c68b093262ef45d9b19fb67b7dc3d3ee47697c4	d5299f39a00a1e4635020df308a6a4ccc893474af081c7904eb47cef9f040c4b
406	2026-12-07T01:38:35.610Z	\N	system	report	measurement	121	\N	{"corrects":null,"evidence":null,"id":121,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":22,"unit_id":46,"value":3.2000000000000002}	d5299f39a00a1e4635020df308a6a4ccc893474af081c7904eb47cef9f040c4b	bbd90182adb454ec76cec2adf7ef50ab17a85dbf900a17c6cf78fa2252876ffa
407	2026-12-07T01:38:35.614Z	\N	system	report	measurement	122	\N	{"corrects":null,"evidence":null,"id":122,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":23,"unit_id":46,"value":60.0}	bbd90182adb454ec76cec2adf7ef50ab17a85dbf900a17c6cf78fa2252876ffa	cd63510b2aa7e8301864dfb906c4628d523140dc2c07da13df2cbc3c7dc82fbd
408	2026-12-07T01:38:35.614Z	\N	system	report	measurement	123	\N	{"corrects":null,"evidence":null,"id":123,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":22,"unit_id":46,"value":3.5}	cd63510b2aa7e8301864dfb906c4628d523140dc2c07da13df2cbc3c7dc82fbd	a9c2bd1d719ff5c109edcf9e11afb20d37a42c770111a6b1117f52dc758d664f
409	2026-12-07T01:38:35.615Z	\N	system	report	measurement	124	\N	{"corrects":null,"evidence":null,"id":124,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	a9c2bd1d719ff5c109edcf9e11afb20d37a42c770111a6b1117f52dc758d664f	6be03fe05ee4a4cd45ae70c495a4ffc4e35fdf27a0a810194fedb364f3d5c78d
410	2026-12-07T01:38:35.615Z	\N	system	report	measurement	125	\N	{"corrects":null,"evidence":null,"id":125,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":22,"unit_id":46,"value":3.8999999999999999}	6be03fe05ee4a4cd45ae70c495a4ffc4e35fdf27a0a810194fedb364f3d5c78d	79c60a53dfecabaffd093cb245a657010c82990540e22e4bbc979b9611ea2162
411	2026-12-07T01:38:35.616Z	\N	system	report	measurement	126	\N	{"corrects":null,"evidence":null,"id":126,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	79c60a53dfecabaffd093cb245a657010c82990540e22e4bbc979b9611ea2162	de053a963e977dddab545280748533aaa0f78f5a1c106e1e3d7ddb8085269653
412	2026-12-07T01:38:35.616Z	\N	system	report	measurement	127	\N	{"corrects":null,"evidence":null,"id":127,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":22,"unit_id":46,"value":4.0999999999999996}	de053a963e977dddab545280748533aaa0f78f5a1c106e1e3d7ddb8085269653	e164a823ce880ced7ae9b03db641a0f0f60858cd1b46696b476bbdcb3fc5270e
413	2026-12-07T01:38:35.617Z	\N	system	report	measurement	128	\N	{"corrects":null,"evidence":null,"id":128,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	e164a823ce880ced7ae9b03db641a0f0f60858cd1b46696b476bbdcb3fc5270e	cb19c6a7cef6ead58b31efedae3e65fba3d3eeb1af3565997116901a0dfe133e
414	2026-12-07T01:38:35.617Z	\N	system	report	measurement	129	\N	{"corrects":null,"evidence":null,"id":129,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":10.0}	cb19c6a7cef6ead58b31efedae3e65fba3d3eeb1af3565997116901a0dfe133e	33fa8bf9d0d01238dd26ca84d60a9029d7bd41f891309991980bc12357e4bd65
415	2026-12-07T01:38:35.618Z	\N	system	report	measurement	130	\N	{"corrects":null,"evidence":null,"id":130,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":19.0}	33fa8bf9d0d01238dd26ca84d60a9029d7bd41f891309991980bc12357e4bd65	0dc393761cec75835ce0c165c6095467bf6e9b8192ef9db57165706d2d799a4a
416	2026-12-07T01:38:35.618Z	\N	system	report	measurement	131	\N	{"corrects":null,"evidence":null,"id":131,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":30.0}	0dc393761cec75835ce0c165c6095467bf6e9b8192ef9db57165706d2d799a4a	da7980408b84f9d033cf6250698c07d4fe122f8ff2fbee8b820d10a2d360f574
417	2026-12-07T01:38:35.619Z	\N	system	report	measurement	132	\N	{"corrects":null,"evidence":null,"id":132,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":40.0}	da7980408b84f9d033cf6250698c07d4fe122f8ff2fbee8b820d10a2d360f574	091f94569b2ed21434569db3e89d763cdc9512a253a6df13c9add72ec7702975
418	2026-12-07T01:38:35.619Z	\N	system	report	measurement	133	\N	{"corrects":null,"evidence":null,"id":133,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":51.0}	091f94569b2ed21434569db3e89d763cdc9512a253a6df13c9add72ec7702975	4bb6f5e4d87a3dd76d0f253f00fd356b84b1af21459b9eddb9fa23ed57b27d93
419	2026-12-07T01:38:35.620Z	\N	system	report	measurement	134	\N	{"corrects":null,"evidence":null,"id":134,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":60.0}	4bb6f5e4d87a3dd76d0f253f00fd356b84b1af21459b9eddb9fa23ed57b27d93	af65fa5106ab113f070a7c7da21be577cad804106e471df7e6b7c1ee96a82c09
420	2026-12-07T01:38:35.620Z	\N	system	report	measurement	135	\N	{"corrects":null,"evidence":null,"id":135,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":70.0}	af65fa5106ab113f070a7c7da21be577cad804106e471df7e6b7c1ee96a82c09	db78b433ded718a877fc377a15734ad34633fd04ab21d56d863ae4bb526ff49f
421	2026-12-07T01:38:35.624Z	\N	system	report	measurement	136	\N	{"corrects":null,"evidence":null,"id":136,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":80.0}	db78b433ded718a877fc377a15734ad34633fd04ab21d56d863ae4bb526ff49f	ae4e7164a08c97e2fa57fe1bd8e0061dedf1b3d8e7a823d87adbd7b8b80f2621
422	2026-12-07T01:38:35.624Z	\N	system	report	measurement	137	\N	{"corrects":null,"evidence":null,"id":137,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":89.0}	ae4e7164a08c97e2fa57fe1bd8e0061dedf1b3d8e7a823d87adbd7b8b80f2621	50d5e9a334e338ac5cc84f677a97ac3756fafe27e6fd9cae5408aa5e93d0758a
423	2026-12-07T01:38:35.625Z	\N	system	report	measurement	138	\N	{"corrects":null,"evidence":null,"id":138,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":100.0}	50d5e9a334e338ac5cc84f677a97ac3756fafe27e6fd9cae5408aa5e93d0758a	63a5b3266017215fe9a46703226be3ef46dbdb3f742da3902ec329a385436962
424	2026-12-07T01:38:35.625Z	\N	system	report	measurement	139	\N	{"corrects":null,"evidence":null,"id":139,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":118.0}	63a5b3266017215fe9a46703226be3ef46dbdb3f742da3902ec329a385436962	ad593c80e86e97cc54bbc9a61b505c6c94944a9fba71301cfeb23860d8479750
425	2026-12-07T01:38:35.626Z	\N	system	report	measurement	140	\N	{"corrects":null,"evidence":null,"id":140,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":24,"unit_id":53,"value":121.0}	ad593c80e86e97cc54bbc9a61b505c6c94944a9fba71301cfeb23860d8479750	806d017453da7edcc91dafa6818f5e676549a7680d33d4f57e21133e6fb0dbbb
426	2026-12-07T01:38:35.626Z	\N	system	report	measurement	141	\N	{"corrects":null,"evidence":null,"id":141,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":25,"unit_id":53,"value":1.3999999999999999}	806d017453da7edcc91dafa6818f5e676549a7680d33d4f57e21133e6fb0dbbb	6fd397604ba286320a0f6b8555f75dfdfadbe6ae57a8d17f2c2c9311f72d4ae9
427	2026-12-07T01:38:35.627Z	\N	system	report	measurement	142	\N	{"corrects":null,"evidence":null,"id":142,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	6fd397604ba286320a0f6b8555f75dfdfadbe6ae57a8d17f2c2c9311f72d4ae9	8aea08486ad1dd3d27aa26e1f8f7ec69e806d7aa574d6751bb04b1832d09a479
428	2026-12-07T01:38:35.627Z	\N	system	report	measurement	143	\N	{"corrects":null,"evidence":null,"id":143,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":25,"unit_id":53,"value":1.7}	8aea08486ad1dd3d27aa26e1f8f7ec69e806d7aa574d6751bb04b1832d09a479	6e9a7e75274ef5bd494ac749c8844d17004c0c300d5346d19b47f572eb0f43b0
429	2026-12-07T01:38:35.628Z	\N	system	report	measurement	144	\N	{"corrects":null,"evidence":null,"id":144,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	6e9a7e75274ef5bd494ac749c8844d17004c0c300d5346d19b47f572eb0f43b0	c10d7beaeb3e9110d541ea7e98e5a728a7333a8264482fb54e47fb300be34414
430	2026-12-07T01:38:35.628Z	\N	system	report	measurement	145	\N	{"corrects":null,"evidence":null,"id":145,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":25,"unit_id":53,"value":2.0}	c10d7beaeb3e9110d541ea7e98e5a728a7333a8264482fb54e47fb300be34414	6990e7529ccb1edfd02d8acf6b0b03ddf223d9f680ab1b07b50f9f7d55dbae66
431	2026-12-07T01:38:35.629Z	\N	system	report	measurement	146	\N	{"corrects":null,"evidence":null,"id":146,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	6990e7529ccb1edfd02d8acf6b0b03ddf223d9f680ab1b07b50f9f7d55dbae66	087da2f971508726198c34295b3f42eef647a8d84548e654814048bff39b221d
432	2026-12-07T01:38:35.629Z	\N	system	report	measurement	147	\N	{"corrects":null,"evidence":null,"id":147,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":25,"unit_id":53,"value":2.2000000000000002}	087da2f971508726198c34295b3f42eef647a8d84548e654814048bff39b221d	9eccc50f066c28560f0f72490c26500c3e69c493079ae5e68ee6e8e0cad89e56
433	2026-12-07T01:38:35.629Z	\N	system	report	measurement	148	\N	{"corrects":null,"evidence":null,"id":148,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	9eccc50f066c28560f0f72490c26500c3e69c493079ae5e68ee6e8e0cad89e56	f4016a2521023861a888285accd073a7c034d119c9531fc53f811b93faf86523
434	2026-12-07T01:38:35.630Z	\N	system	report	measurement	149	\N	{"corrects":null,"evidence":null,"id":149,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":8.0}	f4016a2521023861a888285accd073a7c034d119c9531fc53f811b93faf86523	6d442e433630da56d55ccd39b7929be9970603bbaf4d9c34a9737c3387a93919
435	2026-12-07T01:38:35.630Z	\N	system	report	measurement	150	\N	{"corrects":null,"evidence":null,"id":150,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":15.0}	6d442e433630da56d55ccd39b7929be9970603bbaf4d9c34a9737c3387a93919	c1fe72862de942596f6657573a82f9eb036b0ae6abc4a4615da35aee95c49c03
436	2026-12-07T01:38:35.631Z	\N	system	report	measurement	151	\N	{"corrects":null,"evidence":null,"id":151,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":24.0}	c1fe72862de942596f6657573a82f9eb036b0ae6abc4a4615da35aee95c49c03	f7c118c23db07495c0210ac90ea8059a270e37a5f5acf91ad90135aeb3bd22b3
437	2026-12-07T01:38:35.631Z	\N	system	report	measurement	152	\N	{"corrects":null,"evidence":null,"id":152,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":32.0}	f7c118c23db07495c0210ac90ea8059a270e37a5f5acf91ad90135aeb3bd22b3	9c422a505bb74c18d675de62e63797c0cf675edb7bc2bbefc58b495bef4e9ba4
438	2026-12-07T01:38:35.632Z	\N	system	report	measurement	153	\N	{"corrects":null,"evidence":null,"id":153,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":40.0}	9c422a505bb74c18d675de62e63797c0cf675edb7bc2bbefc58b495bef4e9ba4	0d221c7ad250787c518b4e6022aa3e7930e60bc7fcacbb50b6602315922cb76c
439	2026-12-07T01:38:35.632Z	\N	system	report	measurement	154	\N	{"corrects":null,"evidence":null,"id":154,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":48.0}	0d221c7ad250787c518b4e6022aa3e7930e60bc7fcacbb50b6602315922cb76c	f5379b1f0dff6a95b3b97d140874b6a15fb563bd9e6e337d63dbdd54f82da0db
440	2026-12-07T01:38:35.636Z	\N	system	report	measurement	155	\N	{"corrects":null,"evidence":null,"id":155,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":56.0}	f5379b1f0dff6a95b3b97d140874b6a15fb563bd9e6e337d63dbdd54f82da0db	ba9b2e477ab8e05b597b36b8967384f0fd9fc65584eb28a5e3cc1b620fa15292
441	2026-12-07T01:38:35.636Z	\N	system	report	measurement	156	\N	{"corrects":null,"evidence":null,"id":156,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":63.0}	ba9b2e477ab8e05b597b36b8967384f0fd9fc65584eb28a5e3cc1b620fa15292	062275dd6f35b45aceb0ed883eefed2ef9e932a9da87aaaf4520d3ce500b0224
442	2026-12-07T01:38:35.637Z	\N	system	report	measurement	157	\N	{"corrects":null,"evidence":null,"id":157,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":71.0}	062275dd6f35b45aceb0ed883eefed2ef9e932a9da87aaaf4520d3ce500b0224	7ed61f4b03ff2c465c51f37e27e1daf5aee58033ae2c62f7626e003641599e10
443	2026-12-07T01:38:35.637Z	\N	system	report	measurement	158	\N	{"corrects":null,"evidence":null,"id":158,"note":"Số liệu sơ bộ","period_no":10,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":80.0}	7ed61f4b03ff2c465c51f37e27e1daf5aee58033ae2c62f7626e003641599e10	b926794c09b0eb841f26081a3739a837445f8f51ed1993f29e0ffde25829b254
444	2026-12-07T01:38:35.638Z	\N	system	report	measurement	159	\N	{"corrects":null,"evidence":null,"id":159,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":94.0}	b926794c09b0eb841f26081a3739a837445f8f51ed1993f29e0ffde25829b254	ce5149f3410cc890380b8e558118317b494177753ce087c601c0e4a496d5a5c9
445	2026-12-07T01:38:35.638Z	\N	system	report	measurement	160	\N	{"corrects":null,"evidence":null,"id":160,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":27,"unit_id":60,"value":96.0}	ce5149f3410cc890380b8e558118317b494177753ce087c601c0e4a496d5a5c9	696b3e1c41439682bc735142e3db39b187562bba17e1a32671278501844885df
446	2026-12-07T01:38:35.638Z	\N	system	report	measurement	161	\N	{"corrects":null,"evidence":null,"id":161,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":28,"unit_id":60,"value":3.7999999999999998}	696b3e1c41439682bc735142e3db39b187562bba17e1a32671278501844885df	8e7c82e1f705b2782dd8f79066bcce5d2350dcfe5b2515058b2db13c4ca16050
447	2026-12-07T01:38:35.639Z	\N	system	report	measurement	162	\N	{"corrects":null,"evidence":null,"id":162,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":29,"unit_id":60,"value":80.0}	8e7c82e1f705b2782dd8f79066bcce5d2350dcfe5b2515058b2db13c4ca16050	3c6fbb3d950206c162c9c4edb41680dfac1e1b991ac0a4787fe1734c7ce242c7
448	2026-12-07T01:38:35.639Z	\N	system	report	measurement	163	\N	{"corrects":null,"evidence":null,"id":163,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":28,"unit_id":60,"value":4.2000000000000002}	3c6fbb3d950206c162c9c4edb41680dfac1e1b991ac0a4787fe1734c7ce242c7	a1bbf3ee3b9496c4abb02cddb294fe9feb5c52297384d3b62cc6ebc7479075cd
449	2026-12-07T01:38:35.640Z	\N	system	report	measurement	164	\N	{"corrects":null,"evidence":null,"id":164,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	a1bbf3ee3b9496c4abb02cddb294fe9feb5c52297384d3b62cc6ebc7479075cd	c0532500d31e63e9665c9478731cab39e63a61a75c1440ee07a6cfdf5dfd2cf3
450	2026-12-07T01:38:35.640Z	\N	system	report	measurement	165	\N	{"corrects":null,"evidence":null,"id":165,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":28,"unit_id":60,"value":4.5999999999999996}	c0532500d31e63e9665c9478731cab39e63a61a75c1440ee07a6cfdf5dfd2cf3	a6bbe6194763a234cd894b0a655a21eaaa96688157f6d944905be755fdfc6063
451	2026-12-07T01:38:35.641Z	\N	system	report	measurement	166	\N	{"corrects":null,"evidence":null,"id":166,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	a6bbe6194763a234cd894b0a655a21eaaa96688157f6d944905be755fdfc6063	2e566f57ed597ee29ca91d365ef7a056bdc679800414af54dd36fee20839c1c7
452	2026-12-07T01:38:35.641Z	\N	system	report	measurement	167	\N	{"corrects":null,"evidence":null,"id":167,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":28,"unit_id":60,"value":4.9000000000000004}	2e566f57ed597ee29ca91d365ef7a056bdc679800414af54dd36fee20839c1c7	4f76c665806183dd6e67d620745940b854793254565a740a1e59cdd812143a15
453	2026-12-07T01:38:35.642Z	\N	system	report	measurement	168	\N	{"corrects":null,"evidence":null,"id":168,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	4f76c665806183dd6e67d620745940b854793254565a740a1e59cdd812143a15	88ee7bfbd2dd5ffa5a05282c6f381f2f7a61ad2a9d40da85d1babad7b8057dc7
454	2026-12-07T01:38:35.642Z	\N	system	report	measurement	169	\N	{"corrects":null,"evidence":null,"id":169,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":8.0}	88ee7bfbd2dd5ffa5a05282c6f381f2f7a61ad2a9d40da85d1babad7b8057dc7	fab5e7021cad27b797692ab97f49e263b8d4753a3eaa8c1f41bb0f8ca0d12f08
455	2026-12-07T01:38:35.643Z	\N	system	report	measurement	170	\N	{"corrects":null,"evidence":null,"id":170,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":17.0}	fab5e7021cad27b797692ab97f49e263b8d4753a3eaa8c1f41bb0f8ca0d12f08	62ca3b60a3e69ee9a6235cd5a64842dd313a87548666159a799c506e7b7c746e
456	2026-12-07T01:38:35.644Z	\N	system	report	measurement	171	\N	{"corrects":null,"evidence":null,"id":171,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":26.0}	62ca3b60a3e69ee9a6235cd5a64842dd313a87548666159a799c506e7b7c746e	b6889bee8580a3017c79cf13f3e8e5b6ede0da233da2368023ae35843aacccc1
457	2026-12-07T01:38:35.648Z	\N	system	report	measurement	172	\N	{"corrects":null,"evidence":null,"id":172,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":34.0}	b6889bee8580a3017c79cf13f3e8e5b6ede0da233da2368023ae35843aacccc1	4e8bcded943c29e47b6c1e9cc75e396fc81e93622a38ee540fd166328e55c5ca
458	2026-12-07T01:38:35.649Z	\N	system	report	measurement	173	\N	{"corrects":null,"evidence":null,"id":173,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":44.0}	4e8bcded943c29e47b6c1e9cc75e396fc81e93622a38ee540fd166328e55c5ca	57705a412c3e4b539f5ddb441e5eb2aa7aefe8a7c4771a56a568ebeb2e75c28b
459	2026-12-07T01:38:35.649Z	\N	system	report	measurement	174	\N	{"corrects":null,"evidence":null,"id":174,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":52.0}	57705a412c3e4b539f5ddb441e5eb2aa7aefe8a7c4771a56a568ebeb2e75c28b	6c76a460bd83dcce6f0aa0ea14bb93331c9c0ca402e4fcdbc1a2d582afc27bcb
460	2026-12-07T01:38:35.650Z	\N	system	report	measurement	175	\N	{"corrects":null,"evidence":null,"id":175,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":60.0}	6c76a460bd83dcce6f0aa0ea14bb93331c9c0ca402e4fcdbc1a2d582afc27bcb	8258238c10277c4bd2cbc932daedb52abfd23aec625e07813b8ff1587bdd13a9
461	2026-12-07T01:38:35.650Z	\N	system	report	measurement	176	\N	{"corrects":null,"evidence":null,"id":176,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":69.0}	8258238c10277c4bd2cbc932daedb52abfd23aec625e07813b8ff1587bdd13a9	c506d1d1d98f9595d0db779f8587a00fb62801e78aa04b95d82a0f108ccc4dcd
462	2026-12-07T01:38:35.650Z	\N	system	report	measurement	177	\N	{"corrects":null,"evidence":null,"id":177,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":77.0}	c506d1d1d98f9595d0db779f8587a00fb62801e78aa04b95d82a0f108ccc4dcd	dafd7da959d12210d5bcd630986f8ddefdfccc4549bc65600bd8e85ad7ecb26b
463	2026-12-07T01:38:35.651Z	\N	system	report	measurement	178	\N	{"corrects":null,"evidence":null,"id":178,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":86.0}	dafd7da959d12210d5bcd630986f8ddefdfccc4549bc65600bd8e85ad7ecb26b	cd04dadc10259cc94167a17a09e63505c070a46006c563000fcfcde1f8fcc03c
464	2026-12-07T01:38:35.651Z	\N	system	report	measurement	179	\N	{"corrects":null,"evidence":null,"id":179,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":102.0}	cd04dadc10259cc94167a17a09e63505c070a46006c563000fcfcde1f8fcc03c	077e87f68bacf52c6ac36dcee65cc49dae73872f76b5f3639482319326ec8953
465	2026-12-07T01:38:35.652Z	\N	system	report	measurement	180	\N	{"corrects":null,"evidence":null,"id":180,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":30,"unit_id":67,"value":104.0}	077e87f68bacf52c6ac36dcee65cc49dae73872f76b5f3639482319326ec8953	195ac4b55203a401aa8b99718a80c02db648bc6736c896b74d3d6b001fdd8c85
466	2026-12-07T01:38:35.652Z	\N	system	report	measurement	181	\N	{"corrects":null,"evidence":null,"id":181,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":31,"unit_id":67,"value":3.2999999999999998}	195ac4b55203a401aa8b99718a80c02db648bc6736c896b74d3d6b001fdd8c85	924c4e3733d58550c95e2e3a6d736e6aa738b422fe05269137f9feed6741cc7c
467	2026-12-07T01:38:35.653Z	\N	system	report	measurement	182	\N	{"corrects":null,"evidence":null,"id":182,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	924c4e3733d58550c95e2e3a6d736e6aa738b422fe05269137f9feed6741cc7c	ba6e47465131b96415b9035db85c76cc7d99f17b2736154c639187193f7d36ed
468	2026-12-07T01:38:35.653Z	\N	system	report	measurement	183	\N	{"corrects":null,"evidence":null,"id":183,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":31,"unit_id":67,"value":3.7000000000000002}	ba6e47465131b96415b9035db85c76cc7d99f17b2736154c639187193f7d36ed	3a4cd0488d101306700f55652f6018fab44ac778f37b26cdddb5093c6b0a49a6
469	2026-12-07T01:38:35.654Z	\N	system	report	measurement	184	\N	{"corrects":null,"evidence":null,"id":184,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	3a4cd0488d101306700f55652f6018fab44ac778f37b26cdddb5093c6b0a49a6	56a67f180eb7c3556d12c26301aa8c1e172a516e2d5e098ac59e968784bb3a58
470	2026-12-07T01:38:35.654Z	\N	system	report	measurement	185	\N	{"corrects":null,"evidence":null,"id":185,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":31,"unit_id":67,"value":4.0999999999999996}	56a67f180eb7c3556d12c26301aa8c1e172a516e2d5e098ac59e968784bb3a58	3dbfa912868d7a4d012131f3b48014887eba602fc9b38deded55b5beed048401
471	2026-12-07T01:38:35.655Z	\N	system	report	measurement	186	\N	{"corrects":null,"evidence":null,"id":186,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	3dbfa912868d7a4d012131f3b48014887eba602fc9b38deded55b5beed048401	2d80d32e872be2247fe1b20211c1f3adc32b057e42df0cd0db9b2bacc499a90d
472	2026-12-07T01:38:35.655Z	\N	system	report	measurement	187	\N	{"corrects":null,"evidence":null,"id":187,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":31,"unit_id":67,"value":4.4000000000000004}	2d80d32e872be2247fe1b20211c1f3adc32b057e42df0cd0db9b2bacc499a90d	ad0403021c73eb7c71c4b44d11e1cbadf934ca848ca6499567bf02426a1a17ff
473	2026-12-07T01:38:35.656Z	\N	system	report	measurement	188	\N	{"corrects":null,"evidence":null,"id":188,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	ad0403021c73eb7c71c4b44d11e1cbadf934ca848ca6499567bf02426a1a17ff	4fcb2003caeb5f58ea2299c0036c66b7a8a1205b34296a04754f66a721d6ff82
474	2026-12-07T01:38:35.656Z	\N	system	report	measurement	189	\N	{"corrects":null,"evidence":null,"id":189,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":20.0}	4fcb2003caeb5f58ea2299c0036c66b7a8a1205b34296a04754f66a721d6ff82	a733a284244c7c86abc11808bff8e93798aee5d33a1a87a35bee36255ccc302b
475	2026-12-07T01:38:35.657Z	\N	system	report	measurement	190	\N	{"corrects":null,"evidence":null,"id":190,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":41.0}	a733a284244c7c86abc11808bff8e93798aee5d33a1a87a35bee36255ccc302b	958d5377ade2abf994c7bd5133e219666440c02bfe9dfa7d6d55351274c67f13
476	2026-12-07T01:38:35.657Z	\N	system	report	measurement	191	\N	{"corrects":null,"evidence":null,"id":191,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":63.0}	958d5377ade2abf994c7bd5133e219666440c02bfe9dfa7d6d55351274c67f13	98057febafb07f5d31009c726c9931733b26b15601859543fa11f8f43fa38526
477	2026-12-07T01:38:35.658Z	\N	system	report	measurement	192	\N	{"corrects":null,"evidence":null,"id":192,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":84.0}	98057febafb07f5d31009c726c9931733b26b15601859543fa11f8f43fa38526	d5a1e21d0ad09cbbe792570efb7a7dc13f0f18ef235ecd00887ac52dfe1ffb87
478	2026-12-07T01:38:35.658Z	\N	system	report	measurement	193	\N	{"corrects":null,"evidence":null,"id":193,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":107.0}	d5a1e21d0ad09cbbe792570efb7a7dc13f0f18ef235ecd00887ac52dfe1ffb87	369f70a6d00401f5fa4eca0bf4e3c522f4a3b2660887c3dc0be1843904afab94
479	2026-12-07T01:38:35.659Z	\N	system	report	measurement	194	\N	{"corrects":null,"evidence":null,"id":194,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":127.0}	369f70a6d00401f5fa4eca0bf4e3c522f4a3b2660887c3dc0be1843904afab94	facfd8c6ca057afa56d6726a5dae351bf000cdf4490e818e1cb376fd319fb79c
480	2026-12-07T01:38:35.659Z	\N	system	report	measurement	195	\N	{"corrects":null,"evidence":null,"id":195,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":147.0}	facfd8c6ca057afa56d6726a5dae351bf000cdf4490e818e1cb376fd319fb79c	76d487402b8b03a2163343eec3d7e98703d9bb12e1f5307898f7034b063cec61
481	2026-12-07T01:38:35.664Z	\N	system	report	measurement	196	\N	{"corrects":null,"evidence":null,"id":196,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":167.0}	76d487402b8b03a2163343eec3d7e98703d9bb12e1f5307898f7034b063cec61	b145e3ba108900461430eb16aaa9ce47df62b090e011991307e22a409499b906
482	2026-12-07T01:38:35.664Z	\N	system	report	measurement	197	\N	{"corrects":null,"evidence":null,"id":197,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":188.0}	b145e3ba108900461430eb16aaa9ce47df62b090e011991307e22a409499b906	417e5a6eb4ba8d1a2a826e2c70000fa62d983441a913eb186e3ae4d8b21c388f
483	2026-12-07T01:38:35.664Z	\N	system	report	measurement	198	\N	{"corrects":null,"evidence":null,"id":198,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":211.0}	417e5a6eb4ba8d1a2a826e2c70000fa62d983441a913eb186e3ae4d8b21c388f	2514160a8b91972d516750ff8c60916f01745b527a41bc4af5320b445806610d
484	2026-12-07T01:38:35.668Z	\N	system	report	measurement	199	\N	{"corrects":null,"evidence":null,"id":199,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":249.0}	2514160a8b91972d516750ff8c60916f01745b527a41bc4af5320b445806610d	d84ced356ccaee2cabef0966c185ee04f26ad29c060919db7d26795a6f78f024
485	2026-12-07T01:38:35.672Z	\N	system	report	measurement	200	\N	{"corrects":null,"evidence":null,"id":200,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":33,"unit_id":74,"value":254.0}	d84ced356ccaee2cabef0966c185ee04f26ad29c060919db7d26795a6f78f024	fe89e12f855b4995a77902b48253069aa18da23c3b5db44e0ff5729ff02ffe3a
486	2026-12-07T01:38:35.672Z	\N	system	report	measurement	201	\N	{"corrects":null,"evidence":null,"id":201,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":34,"unit_id":74,"value":2.8999999999999999}	fe89e12f855b4995a77902b48253069aa18da23c3b5db44e0ff5729ff02ffe3a	60d0024cc9269c856ca7355b94e55fa0fcd6ec326d3059a5703e13ede197b7ca
487	2026-12-07T01:38:35.673Z	\N	system	report	measurement	202	\N	{"corrects":null,"evidence":null,"id":202,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	60d0024cc9269c856ca7355b94e55fa0fcd6ec326d3059a5703e13ede197b7ca	4bcc9ef1d705c15ea5b69fc3c47547e11ebd2226ea7465fc97438298ba0f2895
488	2026-12-07T01:38:35.673Z	\N	system	report	measurement	203	\N	{"corrects":null,"evidence":null,"id":203,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":34,"unit_id":74,"value":3.3999999999999999}	4bcc9ef1d705c15ea5b69fc3c47547e11ebd2226ea7465fc97438298ba0f2895	698ac3812e0d4594613b8c00ce2ecb54a9f86aa4645932a83e7fc717abf2015b
489	2026-12-07T01:38:35.674Z	\N	system	report	measurement	204	\N	{"corrects":null,"evidence":null,"id":204,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	698ac3812e0d4594613b8c00ce2ecb54a9f86aa4645932a83e7fc717abf2015b	36041cc1f996239a54e14bfa226df80c4b8f682aeb62b07e4b31a3573c2cc943
490	2026-12-07T01:38:35.680Z	\N	system	report	measurement	205	\N	{"corrects":null,"evidence":null,"id":205,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":34,"unit_id":74,"value":3.7999999999999998}	36041cc1f996239a54e14bfa226df80c4b8f682aeb62b07e4b31a3573c2cc943	ad694cfc2f1c44bcf77fa76501f6ef6f2f3bf7ed38d59fe82a25615419bd8704
491	2026-12-07T01:38:35.680Z	\N	system	report	measurement	206	\N	{"corrects":null,"evidence":null,"id":206,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	ad694cfc2f1c44bcf77fa76501f6ef6f2f3bf7ed38d59fe82a25615419bd8704	90bc068398c9d7b7bf68716d72da06f51d8f233e9059dc666beafd8d6eb75f78
492	2026-12-07T01:38:35.681Z	\N	system	report	measurement	207	\N	{"corrects":null,"evidence":null,"id":207,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":34,"unit_id":74,"value":4.2000000000000002}	90bc068398c9d7b7bf68716d72da06f51d8f233e9059dc666beafd8d6eb75f78	07d88833ba4fbb105d720586f3c140c94c68b61371e0a975496dda4a535cb787
493	2026-12-07T01:38:35.681Z	\N	system	report	measurement	208	\N	{"corrects":null,"evidence":null,"id":208,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":35,"unit_id":74,"value":100.0}	07d88833ba4fbb105d720586f3c140c94c68b61371e0a975496dda4a535cb787	339be35b16a5670a966d712c0841f08338d10b4a9c23ff2d15fe4bcf8a86ba53
494	2026-12-07T01:38:35.682Z	\N	system	report	measurement	209	\N	{"corrects":null,"evidence":null,"id":209,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":9.0}	339be35b16a5670a966d712c0841f08338d10b4a9c23ff2d15fe4bcf8a86ba53	1b46f79a15c1ee2dd442da68084b3db91bc15dc2a377ae4037f500f1283ff2e5
495	2026-12-07T01:38:35.682Z	\N	system	report	measurement	210	\N	{"corrects":null,"evidence":null,"id":210,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":17.0}	1b46f79a15c1ee2dd442da68084b3db91bc15dc2a377ae4037f500f1283ff2e5	9c427bfe12d711776e4dbd1dfa3ca7f7dc62a7a342f26dd54d29d0679fb9a88a
496	2026-12-07T01:38:35.683Z	\N	system	report	measurement	211	\N	{"corrects":null,"evidence":null,"id":211,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":27.0}	9c427bfe12d711776e4dbd1dfa3ca7f7dc62a7a342f26dd54d29d0679fb9a88a	13134de36e4e3e9157a5896a8166d22fc7f5771714e974b56f906110b97e932a
497	2026-12-07T01:38:35.683Z	\N	system	report	measurement	212	\N	{"corrects":null,"evidence":null,"id":212,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":36.0}	13134de36e4e3e9157a5896a8166d22fc7f5771714e974b56f906110b97e932a	21bc2b304a91af5ed7835cc1c08f0f8e15b8c47ad02687c4eebf11ca7d77e953
498	2026-12-07T01:38:35.688Z	\N	system	report	measurement	213	\N	{"corrects":null,"evidence":null,"id":213,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":46.0}	21bc2b304a91af5ed7835cc1c08f0f8e15b8c47ad02687c4eebf11ca7d77e953	7d941aa42ac1b65eb0465f2db246fbcc0831a1967ea717cfef0a0a139ff727ca
499	2026-12-07T01:38:35.689Z	\N	system	report	measurement	214	\N	{"corrects":null,"evidence":null,"id":214,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":55.0}	7d941aa42ac1b65eb0465f2db246fbcc0831a1967ea717cfef0a0a139ff727ca	563430000c1e6e647ae15530e844bf12cf20ade73e204f9599d19b94ce28e4e9
500	2026-12-07T01:38:35.689Z	\N	system	report	measurement	215	\N	{"corrects":null,"evidence":null,"id":215,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":63.0}	563430000c1e6e647ae15530e844bf12cf20ade73e204f9599d19b94ce28e4e9	86dd6c2af0e2f5428696b380687aef0138e4bb96d53177bda06e40f9db2650bb
501	2026-12-07T01:38:35.690Z	\N	system	report	measurement	216	\N	{"corrects":null,"evidence":null,"id":216,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":72.0}	86dd6c2af0e2f5428696b380687aef0138e4bb96d53177bda06e40f9db2650bb	04dce4d8952c36747a1bc9fdc354ed5a500fc4decc29e24e451dc372a67deda0
502	2026-12-07T01:38:35.690Z	\N	system	report	measurement	217	\N	{"corrects":null,"evidence":null,"id":217,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":81.0}	04dce4d8952c36747a1bc9fdc354ed5a500fc4decc29e24e451dc372a67deda0	f15e99b81b404a83bc7ec94e58dca2446bb29886741aef7419f18dfb727cdfa2
503	2026-12-07T01:38:35.691Z	\N	system	report	measurement	218	\N	{"corrects":null,"evidence":null,"id":218,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":91.0}	f15e99b81b404a83bc7ec94e58dca2446bb29886741aef7419f18dfb727cdfa2	c600635995fafa255ffc8d7a7d0618a89e0545129395343ce1aa933cf13f2f55
504	2026-12-07T01:38:35.691Z	\N	system	report	measurement	219	\N	{"corrects":null,"evidence":null,"id":219,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":107.0}	c600635995fafa255ffc8d7a7d0618a89e0545129395343ce1aa933cf13f2f55	530675f88a11fce67cc9a112c6df299150b569d282872e5072d9b6fb663c2b5b
505	2026-12-07T01:38:35.692Z	\N	system	report	measurement	220	\N	{"corrects":null,"evidence":null,"id":220,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":36,"unit_id":81,"value":109.0}	530675f88a11fce67cc9a112c6df299150b569d282872e5072d9b6fb663c2b5b	524c7fa9e3470889239c855877e6c5726dd13b48f6059400aeedc79277b09a21
506	2026-12-07T01:38:35.692Z	\N	system	report	measurement	221	\N	{"corrects":null,"evidence":null,"id":221,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":37,"unit_id":81,"value":3.0}	524c7fa9e3470889239c855877e6c5726dd13b48f6059400aeedc79277b09a21	d550e76b35e8a2c0f56df59fae7e1c5fdc74d009174a00cd5a6263695ce46b84
507	2026-12-07T01:38:35.693Z	\N	system	report	measurement	222	\N	{"corrects":null,"evidence":null,"id":222,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":38,"unit_id":81,"value":60.0}	d550e76b35e8a2c0f56df59fae7e1c5fdc74d009174a00cd5a6263695ce46b84	a4b18f69fe1c1a66e7899c205bed8aef5dc40b3607e35655464f6cd803575de2
508	2026-12-07T01:38:35.693Z	\N	system	report	measurement	223	\N	{"corrects":null,"evidence":null,"id":223,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":37,"unit_id":81,"value":3.5}	a4b18f69fe1c1a66e7899c205bed8aef5dc40b3607e35655464f6cd803575de2	a8bb210a77764e411f32b62f1594d52a094e0d39ff019e637f0a9359dc9c6aa7
509	2026-12-07T01:38:35.694Z	\N	system	report	measurement	224	\N	{"corrects":null,"evidence":null,"id":224,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	a8bb210a77764e411f32b62f1594d52a094e0d39ff019e637f0a9359dc9c6aa7	238f1040b2ed75a85a921f185929c287e3fd5af51e1b84fb7d9bb917bae25bfe
510	2026-12-07T01:38:35.694Z	\N	system	report	measurement	225	\N	{"corrects":null,"evidence":null,"id":225,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":37,"unit_id":81,"value":3.7999999999999998}	238f1040b2ed75a85a921f185929c287e3fd5af51e1b84fb7d9bb917bae25bfe	470874022a0227aedecb9057f37ca927b91e7c7ef31f410057953b05b08da6cb
511	2026-12-07T01:38:35.695Z	\N	system	report	measurement	226	\N	{"corrects":null,"evidence":null,"id":226,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	470874022a0227aedecb9057f37ca927b91e7c7ef31f410057953b05b08da6cb	c8a145fe363dea6de7114ab8df73dabcb1349fe8fcaa4908e00472520777997a
512	2026-12-07T01:38:35.696Z	\N	system	report	measurement	227	\N	{"corrects":null,"evidence":null,"id":227,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":37,"unit_id":81,"value":4.0}	c8a145fe363dea6de7114ab8df73dabcb1349fe8fcaa4908e00472520777997a	b3442eb4f34ffab1e00ac70322a4367ca6b93968af5d513dda3e75101593d5d6
513	2026-12-07T01:38:35.696Z	\N	system	report	measurement	228	\N	{"corrects":null,"evidence":null,"id":228,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	b3442eb4f34ffab1e00ac70322a4367ca6b93968af5d513dda3e75101593d5d6	1366460d01efe3b4ccd5bc9708ee4f05d50cad57ea84ea4e4dbf995b612cc0b4
514	2026-12-07T01:38:35.697Z	\N	system	report	measurement	229	\N	{"corrects":null,"evidence":null,"id":229,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":16.0}	1366460d01efe3b4ccd5bc9708ee4f05d50cad57ea84ea4e4dbf995b612cc0b4	b43f6c8324960cb50ee4144b3e185075fd1d15bc9f184747a7f2434d8c10512e
515	2026-12-07T01:38:35.697Z	\N	system	report	measurement	230	\N	{"corrects":null,"evidence":null,"id":230,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":32.0}	b43f6c8324960cb50ee4144b3e185075fd1d15bc9f184747a7f2434d8c10512e	c39997cd4237b73095c370e189f3f6950c6218db8105e62cd15c2b8ae887ed95
516	2026-12-07T01:38:35.698Z	\N	system	report	measurement	231	\N	{"corrects":null,"evidence":null,"id":231,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":50.0}	c39997cd4237b73095c370e189f3f6950c6218db8105e62cd15c2b8ae887ed95	06aa304cd6e9ad2cd57bd0013068366f19375a5766276175d15007917ee4a1e7
517	2026-12-07T01:38:35.698Z	\N	system	report	measurement	232	\N	{"corrects":null,"evidence":null,"id":232,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":67.0}	06aa304cd6e9ad2cd57bd0013068366f19375a5766276175d15007917ee4a1e7	173ea52a0c5394636e985aadbe3845be9679211a538d6d476b4c4bd97309f013
518	2026-12-07T01:38:35.699Z	\N	system	report	measurement	233	\N	{"corrects":null,"evidence":null,"id":233,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":85.0}	173ea52a0c5394636e985aadbe3845be9679211a538d6d476b4c4bd97309f013	c2e56f34362121fe7a4eb08f39b78d9eb3492f13cf25eae0e92e1e9dd62bf5c9
519	2026-12-07T01:38:35.699Z	\N	system	report	measurement	234	\N	{"corrects":null,"evidence":null,"id":234,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":101.0}	c2e56f34362121fe7a4eb08f39b78d9eb3492f13cf25eae0e92e1e9dd62bf5c9	ec4e1c3ab64008dd57a3e5ea573ff4286fc14cce7b222546a785d42620570f0f
520	2026-12-07T01:38:35.700Z	\N	system	report	measurement	235	\N	{"corrects":null,"evidence":null,"id":235,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":117.0}	ec4e1c3ab64008dd57a3e5ea573ff4286fc14cce7b222546a785d42620570f0f	9bd2905a6d4eefe80c712cf1d2e2b412b6f2b8d13b898e74f88e78721566d9dd
521	2026-12-07T01:38:35.704Z	\N	system	report	measurement	236	\N	{"corrects":null,"evidence":null,"id":236,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":133.0}	9bd2905a6d4eefe80c712cf1d2e2b412b6f2b8d13b898e74f88e78721566d9dd	7b14ae963cbb1187472084db8c4c8b62041a6b0c8cccbe3085b4b61f6c9b54b3
522	2026-12-07T01:38:35.704Z	\N	system	report	measurement	237	\N	{"corrects":null,"evidence":null,"id":237,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":149.0}	7b14ae963cbb1187472084db8c4c8b62041a6b0c8cccbe3085b4b61f6c9b54b3	4044508d5490e7e09e560febe831e1f651aa762dd645d5bb21da5c6d1931f194
523	2026-12-07T01:38:35.705Z	\N	system	report	measurement	238	\N	{"corrects":null,"evidence":null,"id":238,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":167.0}	4044508d5490e7e09e560febe831e1f651aa762dd645d5bb21da5c6d1931f194	f040a68b47749152b4579ac237308c89fd0ba01efe0d271cdd9bfb8536541c48
524	2026-12-07T01:38:35.706Z	\N	system	report	measurement	239	\N	{"corrects":null,"evidence":null,"id":239,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":198.0}	f040a68b47749152b4579ac237308c89fd0ba01efe0d271cdd9bfb8536541c48	c47aabf622199b30b55d046ca49997bebf6e6244a1d93c45a4cd3229b1bdbf58
525	2026-12-07T01:38:35.706Z	\N	system	report	measurement	240	\N	{"corrects":null,"evidence":null,"id":240,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":39,"unit_id":88,"value":202.0}	c47aabf622199b30b55d046ca49997bebf6e6244a1d93c45a4cd3229b1bdbf58	dc71d6d5a5b7fa616325c98f9a4e3ff10e3be3f479dd7cfccf11f38362999ba0
526	2026-12-07T01:38:35.707Z	\N	system	report	measurement	241	\N	{"corrects":null,"evidence":null,"id":241,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":40,"unit_id":88,"value":3.2000000000000002}	dc71d6d5a5b7fa616325c98f9a4e3ff10e3be3f479dd7cfccf11f38362999ba0	11c51d2bfa29cc612acf3b7a242d3b8a1752a70db43290a6f8d1241f3092d8a1
527	2026-12-07T01:38:35.707Z	\N	system	report	measurement	242	\N	{"corrects":null,"evidence":null,"id":242,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	11c51d2bfa29cc612acf3b7a242d3b8a1752a70db43290a6f8d1241f3092d8a1	7445cb68f06964400f3b8ccabc786bbb223fce54ab73c0781a825e67dc1faa82
528	2026-12-07T01:38:35.708Z	\N	system	report	measurement	243	\N	{"corrects":null,"evidence":null,"id":243,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":40,"unit_id":88,"value":3.7999999999999998}	7445cb68f06964400f3b8ccabc786bbb223fce54ab73c0781a825e67dc1faa82	0c8b2d40f8c99e9a8651d5571a448ab95f0df56e5744a532f72a0de4323ecfeb
529	2026-12-07T01:38:35.708Z	\N	system	report	measurement	244	\N	{"corrects":null,"evidence":null,"id":244,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	0c8b2d40f8c99e9a8651d5571a448ab95f0df56e5744a532f72a0de4323ecfeb	cf795702a355f9f7f39a617abc3f1c6e5e0f5bdaac9b128c5951826a5bfb04e1
530	2026-12-07T01:38:35.709Z	\N	system	report	measurement	245	\N	{"corrects":null,"evidence":null,"id":245,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":40,"unit_id":88,"value":4.2999999999999998}	cf795702a355f9f7f39a617abc3f1c6e5e0f5bdaac9b128c5951826a5bfb04e1	06bd01b173e2618d84276b296ecdbddcf2e2a4d804dcfa1381071bdcb99d3ecf
531	2026-12-07T01:38:35.709Z	\N	system	report	measurement	246	\N	{"corrects":null,"evidence":null,"id":246,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	06bd01b173e2618d84276b296ecdbddcf2e2a4d804dcfa1381071bdcb99d3ecf	ed9d00f4e3034c7875b220ced2358f429e07e3c15db616737794e8a35dad2c56
532	2026-12-07T01:38:35.709Z	\N	system	report	measurement	247	\N	{"corrects":null,"evidence":null,"id":247,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":40,"unit_id":88,"value":4.7000000000000002}	ed9d00f4e3034c7875b220ced2358f429e07e3c15db616737794e8a35dad2c56	9058e942a6e2c1a2677d4aa644a2e9bc2ad74acd53f0b5ec1b045cda1e788268
533	2026-12-07T01:38:35.710Z	\N	system	report	measurement	248	\N	{"corrects":null,"evidence":null,"id":248,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607515,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	9058e942a6e2c1a2677d4aa644a2e9bc2ad74acd53f0b5ec1b045cda1e788268	2a429c654375ff021910978a1f3352be50116b2cebc7b76a1aa82b697af14236
534	2026-12-07T01:38:35.710Z	\N	system	report	measurement	249	\N	{"corrects":null,"evidence":null,"id":249,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":12.0}	2a429c654375ff021910978a1f3352be50116b2cebc7b76a1aa82b697af14236	2409bbe39226aca509a75bce5158d0a8119098f274072696de442dd9b4696130
535	2026-12-07T01:38:35.711Z	\N	system	report	measurement	250	\N	{"corrects":null,"evidence":null,"id":250,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":24.0}	2409bbe39226aca509a75bce5158d0a8119098f274072696de442dd9b4696130	de673f78a86294ff467fa1574b9c17a316768df09932555cec72d63e6ad628aa
536	2026-12-07T01:38:35.711Z	\N	system	report	measurement	251	\N	{"corrects":null,"evidence":null,"id":251,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":38.0}	de673f78a86294ff467fa1574b9c17a316768df09932555cec72d63e6ad628aa	078faf25a6da7a36793e0e792927d124496ddc11c12d8ddbcd1306e7f6f35a38
537	2026-12-07T01:38:35.712Z	\N	system	report	measurement	252	\N	{"corrects":null,"evidence":null,"id":252,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":50.0}	078faf25a6da7a36793e0e792927d124496ddc11c12d8ddbcd1306e7f6f35a38	68fb947294d18594e41f12f7a64461f1b1a0c8f46d81029c77ab82007a5f6251
538	2026-12-07T01:38:35.712Z	\N	system	report	measurement	253	\N	{"corrects":null,"evidence":null,"id":253,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":63.0}	68fb947294d18594e41f12f7a64461f1b1a0c8f46d81029c77ab82007a5f6251	9b2956f54dc5e99074e8b086d6c7a896f1f8aee80076d352b8edf4f2b1132db6
539	2026-12-07T01:38:35.716Z	\N	system	report	measurement	254	\N	{"corrects":null,"evidence":null,"id":254,"note":null,"period_no":6,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":75.0}	9b2956f54dc5e99074e8b086d6c7a896f1f8aee80076d352b8edf4f2b1132db6	e6195026d6f75e41276aa60d590b11ef88dc99191b5f281bcb4739d9af7f6dc1
540	2026-12-07T01:38:35.717Z	\N	system	report	measurement	255	\N	{"corrects":null,"evidence":null,"id":255,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":87.0}	e6195026d6f75e41276aa60d590b11ef88dc99191b5f281bcb4739d9af7f6dc1	ab58ae959d5b6e1d298dd85fbae32b5894e94be853b6cabe26e76a1ab135f630
541	2026-12-07T01:38:35.717Z	\N	system	report	measurement	256	\N	{"corrects":null,"evidence":null,"id":256,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":100.0}	ab58ae959d5b6e1d298dd85fbae32b5894e94be853b6cabe26e76a1ab135f630	bb557ccff7d34f2fe9d69d8530cc62245939f3e6cbe37632134a643706607e1a
542	2026-12-07T01:38:35.718Z	\N	system	report	measurement	257	\N	{"corrects":null,"evidence":null,"id":257,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":112.0}	bb557ccff7d34f2fe9d69d8530cc62245939f3e6cbe37632134a643706607e1a	308108de0b21e0392509d7e007affa3c2a77dba7a22082d35c8b85f31189ea10
543	2026-12-07T01:38:35.718Z	\N	system	report	measurement	258	\N	{"corrects":null,"evidence":null,"id":258,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":125.0}	308108de0b21e0392509d7e007affa3c2a77dba7a22082d35c8b85f31189ea10	447eeb6ee548832f96de47a5b521b16c892be8c955b327741a6025be8f88fef3
544	2026-12-07T01:38:35.719Z	\N	system	report	measurement	259	\N	{"corrects":null,"evidence":null,"id":259,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":148.0}	447eeb6ee548832f96de47a5b521b16c892be8c955b327741a6025be8f88fef3	de935acd0594dceb10d5706207d45c77162adfd1701ae1ebec9fa51ff9557351
545	2026-12-07T01:38:35.719Z	\N	system	report	measurement	260	\N	{"corrects":null,"evidence":null,"id":260,"note":null,"period_no":12,"reported_at":1796607515,"reporter":"system","target_id":42,"unit_id":95,"value":151.0}	de935acd0594dceb10d5706207d45c77162adfd1701ae1ebec9fa51ff9557351	375da39702254871b23f4b408d6b2c5ffeb5bbd20a430592c143dedaa9db1a0c
546	2026-12-07T01:38:35.720Z	\N	system	report	measurement	261	\N	{"corrects":null,"evidence":null,"id":261,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":43,"unit_id":95,"value":3.0}	375da39702254871b23f4b408d6b2c5ffeb5bbd20a430592c143dedaa9db1a0c	bcd129b4c23001f180327e1cd5e6d0e4da23d6ae372de4816ecc2607310afe0a
547	2026-12-07T01:38:35.720Z	\N	system	report	measurement	262	\N	{"corrects":null,"evidence":null,"id":262,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607515,"reporter":"system","target_id":44,"unit_id":95,"value":80.0}	bcd129b4c23001f180327e1cd5e6d0e4da23d6ae372de4816ecc2607310afe0a	fa4a976e824e8dadad4462cffdf8ea1d115f4e1bfd6dd96f44ec7d7cba3fe882
548	2026-12-07T01:38:35.720Z	\N	system	report	measurement	263	\N	{"corrects":null,"evidence":null,"id":263,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607515,"reporter":"system","target_id":43,"unit_id":95,"value":3.3999999999999999}	fa4a976e824e8dadad4462cffdf8ea1d115f4e1bfd6dd96f44ec7d7cba3fe882	6ee4d70e457b2aa4c848a368aee5b9b3c612c9d19d9b6871524819e6f81d8e8f
549	2026-12-07T01:38:35.721Z	\N	system	report	measurement	264	\N	{"corrects":null,"evidence":null,"id":264,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	6ee4d70e457b2aa4c848a368aee5b9b3c612c9d19d9b6871524819e6f81d8e8f	04ce2c92c6ce9ea3860314af5c4bae1596f7545be384f9f864b3ae3d726524aa
550	2026-12-07T01:38:35.721Z	\N	system	report	measurement	265	\N	{"corrects":null,"evidence":null,"id":265,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":43,"unit_id":95,"value":3.8999999999999999}	04ce2c92c6ce9ea3860314af5c4bae1596f7545be384f9f864b3ae3d726524aa	5cbaa9ba9fa482e97897749e3f54825fcebc34da433820285f0245e3b1726459
551	2026-12-07T01:38:35.722Z	\N	system	report	measurement	266	\N	{"corrects":null,"evidence":null,"id":266,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	5cbaa9ba9fa482e97897749e3f54825fcebc34da433820285f0245e3b1726459	d1c792867e5f05637c1d0f99cbbaecf6005bba79f7bb4fb889f5bfeb607abac4
552	2026-12-07T01:38:35.722Z	\N	system	report	measurement	267	\N	{"corrects":null,"evidence":null,"id":267,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":43,"unit_id":95,"value":4.2999999999999998}	d1c792867e5f05637c1d0f99cbbaecf6005bba79f7bb4fb889f5bfeb607abac4	78ed3a1119ef2b7e7ab806345dfdd3eb422dea3d6251020c73bf16f5b4662dd3
553	2026-12-07T01:38:35.723Z	\N	system	report	measurement	268	\N	{"corrects":null,"evidence":null,"id":268,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	78ed3a1119ef2b7e7ab806345dfdd3eb422dea3d6251020c73bf16f5b4662dd3	1f8fa0c3897244125231b3843e614a8bd70f568169e3c183cf9632b27a7a42c4
554	2026-12-07T01:38:35.723Z	\N	system	report	measurement	269	\N	{"corrects":null,"evidence":null,"id":269,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":4.0}	1f8fa0c3897244125231b3843e614a8bd70f568169e3c183cf9632b27a7a42c4	f43cda0bc7e750c633e069da400cf06dd7098605fdb676aeaffd4aa234a67c4d
555	2026-12-07T01:38:35.724Z	\N	system	report	measurement	270	\N	{"corrects":null,"evidence":null,"id":270,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":8.0}	f43cda0bc7e750c633e069da400cf06dd7098605fdb676aeaffd4aa234a67c4d	b0e82a1bfeed053fa8bed65ad07df334e57e7be261953806f3151c533e6a23d7
556	2026-12-07T01:38:35.724Z	\N	system	report	measurement	271	\N	{"corrects":null,"evidence":null,"id":271,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":12.0}	b0e82a1bfeed053fa8bed65ad07df334e57e7be261953806f3151c533e6a23d7	63fb43e51fe7a361bc746cb6a95ad7dc5d9f136ae4502297242eb2609a8e3fc6
557	2026-12-07T01:38:35.725Z	\N	system	report	measurement	272	\N	{"corrects":null,"evidence":null,"id":272,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":16.0}	63fb43e51fe7a361bc746cb6a95ad7dc5d9f136ae4502297242eb2609a8e3fc6	478f504bae97e7bf47bb471709a0021204200791ad04899c0b2c2d7224a9580a
558	2026-12-07T01:38:35.725Z	\N	system	report	measurement	273	\N	{"corrects":null,"evidence":null,"id":273,"note":null,"period_no":5,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":20.0}	478f504bae97e7bf47bb471709a0021204200791ad04899c0b2c2d7224a9580a	8376ac2fc391d0ad8b49364a31ad8a255814821b14b7c7e1b50790bf91528460
559	2026-12-07T01:38:35.727Z	\N	system	report	measurement	274	\N	{"corrects":null,"evidence":null,"id":274,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":24.0}	8376ac2fc391d0ad8b49364a31ad8a255814821b14b7c7e1b50790bf91528460	a3fd96c7dfd3181dd83090c3b0b76b98f253c3f15a4c3fa71cc44f7e3573edb1
560	2026-12-07T01:38:35.728Z	\N	system	report	measurement	275	\N	{"corrects":null,"evidence":null,"id":275,"note":null,"period_no":7,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":27.0}	a3fd96c7dfd3181dd83090c3b0b76b98f253c3f15a4c3fa71cc44f7e3573edb1	6559efbb582983eecf1d7251a0f81c7139720e101ec85d58ebe82fc71f66ed7d
561	2026-12-07T01:38:35.728Z	\N	system	report	measurement	276	\N	{"corrects":null,"evidence":null,"id":276,"note":null,"period_no":8,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":31.0}	6559efbb582983eecf1d7251a0f81c7139720e101ec85d58ebe82fc71f66ed7d	7d5acc848b0315075f8b1a10d563f2f5323c35d4f19947a2288f413b389b2767
562	2026-12-07T01:38:35.729Z	\N	system	report	measurement	277	\N	{"corrects":null,"evidence":null,"id":277,"note":null,"period_no":9,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":35.0}	7d5acc848b0315075f8b1a10d563f2f5323c35d4f19947a2288f413b389b2767	1112ceb332561c917c74340132b2bc05f10097e69b75cd09a5e66a3a8c06fc8b
563	2026-12-07T01:38:35.729Z	\N	system	report	measurement	278	\N	{"corrects":null,"evidence":null,"id":278,"note":null,"period_no":10,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":39.0}	1112ceb332561c917c74340132b2bc05f10097e69b75cd09a5e66a3a8c06fc8b	5fe02465d7d6a205d7afb2289efefe8a1a57f8f2261ff39225a29483f15bd226
564	2026-12-07T01:38:35.730Z	\N	system	report	measurement	279	\N	{"corrects":null,"evidence":null,"id":279,"note":null,"period_no":11,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":46.0}	5fe02465d7d6a205d7afb2289efefe8a1a57f8f2261ff39225a29483f15bd226	9f5e0126c4ab9dac3c066b76aab338112cec98538ae601b1eebac50c07acad94
565	2026-12-07T01:38:35.730Z	\N	system	report	measurement	280	\N	{"corrects":null,"evidence":null,"id":280,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607515,"reporter":"system","target_id":45,"unit_id":102,"value":47.0}	9f5e0126c4ab9dac3c066b76aab338112cec98538ae601b1eebac50c07acad94	b17c63b407f9441c36ea760edeeee7d952af4cd3ea5f9646cc2b32cb2b9217d4
566	2026-12-07T01:38:35.731Z	\N	system	report	measurement	281	\N	{"corrects":null,"evidence":null,"id":281,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":46,"unit_id":102,"value":3.1000000000000001}	b17c63b407f9441c36ea760edeeee7d952af4cd3ea5f9646cc2b32cb2b9217d4	9a7c5d0cb9af724b370006f3e9b44abcb06d9ca2d6796391e100924ace2e36d3
567	2026-12-07T01:38:35.731Z	\N	system	report	measurement	282	\N	{"corrects":null,"evidence":null,"id":282,"note":null,"period_no":1,"reported_at":1796607515,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	9a7c5d0cb9af724b370006f3e9b44abcb06d9ca2d6796391e100924ace2e36d3	141f482e89c1effea3e8475fe723b345b1e67ea323326c64166ecd8edec16b16
568	2026-12-07T01:38:35.732Z	\N	system	report	measurement	283	\N	{"corrects":null,"evidence":null,"id":283,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":46,"unit_id":102,"value":3.3999999999999999}	141f482e89c1effea3e8475fe723b345b1e67ea323326c64166ecd8edec16b16	68fdb838402d3b6a7049faf142d6c34bca03171859a11ebb45a8b1e105ab9853
569	2026-12-07T01:38:35.732Z	\N	system	report	measurement	284	\N	{"corrects":null,"evidence":null,"id":284,"note":null,"period_no":2,"reported_at":1796607515,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	68fdb838402d3b6a7049faf142d6c34bca03171859a11ebb45a8b1e105ab9853	daa89a72f545ae387f28b6d8d1e9f7a325cd68922904a9080b27d893d4bb2e0f
570	2026-12-07T01:38:35.733Z	\N	system	report	measurement	285	\N	{"corrects":null,"evidence":null,"id":285,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":46,"unit_id":102,"value":3.7000000000000002}	daa89a72f545ae387f28b6d8d1e9f7a325cd68922904a9080b27d893d4bb2e0f	88a37f40380da9a0f8d2af45cd16086e9f41ce4b3c227bff9c0e9018223a3d29
571	2026-12-07T01:38:35.734Z	\N	system	report	measurement	286	\N	{"corrects":null,"evidence":null,"id":286,"note":null,"period_no":3,"reported_at":1796607515,"reporter":"system","target_id":47,"unit_id":102,"value":60.0}	88a37f40380da9a0f8d2af45cd16086e9f41ce4b3c227bff9c0e9018223a3d29	c87deb45eb0db49c0d84c1cf9a3ef616a229db504bc9120d5c932a827d4ffa37
572	2026-12-07T01:38:35.736Z	\N	system	report	measurement	287	\N	{"corrects":null,"evidence":null,"id":287,"note":null,"period_no":4,"reported_at":1796607515,"reporter":"system","target_id":46,"unit_id":102,"value":3.8999999999999999}	c87deb45eb0db49c0d84c1cf9a3ef616a229db504bc9120d5c932a827d4ffa37	13400722673781ec9692859022a836c44e62bc70a07ed05d6df771d27c99ce33
\.


--
-- Data for Name: audit_scheme; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_scheme (id, keyed_from, key_id, mac) FROM stdin;
1	1	1b7a042a80b37aa657ad27b3dbcb544ff6ffcea56621222a85181e26b3aa489b	d8d0b0cf25f97173577f198876958ce6b1e5ded5368bb9e4c031b62c6fcfa1c6
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
1	1	2	1	10.2	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
2	2	2	1	10.4	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
3	3	2	1	5.8	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
4	7	2	1	68.4	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
5	1	2	2	10.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607515	\N	\N
6	2	2	2	10.2	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607515	\N	\N
7	3	2	2	6.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607515	\N	\N
8	7	2	2	70.6	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607515	\N	\N
9	1	2	3	10.5	\N	\N	\N	system	1796607515	\N	\N
10	2	2	3	9.9	Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu	\N	\N	system	1796607515	\N	\N
11	3	2	3	6.9	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
12	7	2	3	71.3	\N	\N	\N	system	1796607515	\N	\N
13	1	2	4	10.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607515	\N	\N
14	2	2	4	9.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607515	\N	\N
15	3	2	4	7.1	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607515	\N	\N
16	7	2	4	72	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607515	\N	\N
17	4	2	1	4	\N	\N	\N	system	1796607515	\N	\N
18	4	2	2	6.5	\N	\N	\N	system	1796607515	\N	\N
20	4	2	3	14.5	Điều chỉnh theo số liệu Kho bạc	\N	\N	system	1796607515	19	\N
19	4	2	3	12	Số liệu sơ bộ	\N	\N	system	1796607515	\N	20
21	4	2	4	12	\N	\N	\N	system	1796607515	\N	\N
22	4	2	5	16	\N	\N	\N	system	1796607515	\N	\N
23	4	2	6	22	Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng	\N	\N	system	1796607515	\N	\N
24	4	2	7	20	\N	\N	\N	system	1796607515	\N	\N
25	4	2	8	22	\N	\N	\N	system	1796607515	\N	\N
26	4	2	9	26	\N	\N	\N	system	1796607515	\N	\N
27	4	2	10	28	\N	\N	\N	system	1796607515	\N	\N
28	4	2	11	34	\N	\N	\N	system	1796607515	\N	\N
29	4	2	12	50	Số liệu sơ bộ, chờ đối chiếu Kho bạc	\N	\N	system	1796607515	\N	\N
30	9	18	1	12	\N	\N	\N	system	1796607515	\N	\N
31	9	18	2	25	\N	\N	\N	system	1796607515	\N	\N
32	9	18	3	39	\N	\N	\N	system	1796607515	\N	\N
33	9	18	4	51	\N	\N	\N	system	1796607515	\N	\N
34	9	18	5	65	\N	\N	\N	system	1796607515	\N	\N
35	9	18	6	77	\N	\N	\N	system	1796607515	\N	\N
36	9	18	7	90	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
37	9	18	8	102	\N	\N	\N	system	1796607515	\N	\N
38	9	18	9	115	\N	\N	\N	system	1796607515	\N	\N
39	9	18	10	128	\N	\N	\N	system	1796607515	\N	\N
40	9	18	11	152	\N	\N	\N	system	1796607515	\N	\N
41	9	18	12	155	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
42	10	18	1	3.1	\N	\N	\N	system	1796607515	\N	\N
43	11	18	1	80	\N	\N	\N	system	1796607515	\N	\N
44	10	18	2	3.6	\N	\N	\N	system	1796607515	\N	\N
45	11	18	2	80	\N	\N	\N	system	1796607515	\N	\N
46	10	18	3	4	\N	\N	\N	system	1796607515	\N	\N
47	11	18	3	100	\N	\N	\N	system	1796607515	\N	\N
48	10	18	4	4.3	\N	\N	\N	system	1796607515	\N	\N
49	11	18	4	100	\N	\N	\N	system	1796607515	\N	\N
50	12	25	1	10	\N	\N	\N	system	1796607515	\N	\N
51	12	25	2	19	\N	\N	\N	system	1796607515	\N	\N
52	12	25	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
53	12	25	4	40	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
54	12	25	5	51	\N	\N	\N	system	1796607515	\N	\N
55	12	25	6	61	\N	\N	\N	system	1796607515	\N	\N
56	12	25	7	71	\N	\N	\N	system	1796607515	\N	\N
57	12	25	8	80	\N	\N	\N	system	1796607515	\N	\N
58	12	25	9	90	\N	\N	\N	system	1796607515	\N	\N
59	12	25	10	101	\N	\N	\N	system	1796607515	\N	\N
60	12	25	11	119	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
61	12	25	12	122	\N	\N	\N	system	1796607515	\N	\N
62	13	25	1	2.8	\N	\N	\N	system	1796607515	\N	\N
63	14	25	1	60	\N	\N	\N	system	1796607515	\N	\N
64	13	25	2	3.3	\N	\N	\N	system	1796607515	\N	\N
65	14	25	2	80	\N	\N	\N	system	1796607515	\N	\N
66	13	25	3	3.7	\N	\N	\N	system	1796607515	\N	\N
67	14	25	3	80	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
68	13	25	4	4	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
69	14	25	4	80	\N	\N	\N	system	1796607515	\N	\N
70	15	32	1	3	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
71	15	32	2	5	\N	\N	\N	system	1796607515	\N	\N
72	15	32	3	8	\N	\N	\N	system	1796607515	\N	\N
73	15	32	4	11	\N	\N	\N	system	1796607515	\N	\N
74	15	32	5	14	\N	\N	\N	system	1796607515	\N	\N
75	15	32	6	17	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
76	15	32	7	19	\N	\N	\N	system	1796607515	\N	\N
77	15	32	8	22	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
78	15	32	9	25	\N	\N	\N	system	1796607515	\N	\N
79	15	32	10	28	\N	\N	\N	system	1796607515	\N	\N
80	15	32	11	33	\N	\N	\N	system	1796607515	\N	\N
81	16	32	1	3.4	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
82	17	32	1	40	\N	\N	\N	system	1796607515	\N	\N
83	16	32	2	3.8	\N	\N	\N	system	1796607515	\N	\N
84	17	32	2	60	\N	\N	\N	system	1796607515	\N	\N
85	16	32	3	4.2	\N	\N	\N	system	1796607515	\N	\N
86	17	32	3	60	\N	\N	\N	system	1796607515	\N	\N
87	16	32	4	4.6	\N	\N	\N	system	1796607515	\N	\N
88	17	32	4	60	\N	\N	\N	system	1796607515	\N	\N
89	18	39	1	14	\N	\N	\N	system	1796607515	\N	\N
90	18	39	2	28	\N	\N	\N	system	1796607515	\N	\N
91	18	39	3	44	\N	\N	\N	system	1796607515	\N	\N
92	18	39	4	59	\N	\N	\N	system	1796607515	\N	\N
93	18	39	5	75	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
94	18	39	6	89	\N	\N	\N	system	1796607515	\N	\N
95	18	39	7	103	\N	\N	\N	system	1796607515	\N	\N
96	18	39	8	117	\N	\N	\N	system	1796607515	\N	\N
97	18	39	9	131	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
98	18	39	10	147	\N	\N	\N	system	1796607515	\N	\N
99	18	39	11	174	\N	\N	\N	system	1796607515	\N	\N
100	18	39	12	177	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
101	19	39	1	2.9	\N	\N	\N	system	1796607515	\N	\N
102	20	39	1	80	\N	\N	\N	system	1796607515	\N	\N
103	19	39	2	3.2	\N	\N	\N	system	1796607515	\N	\N
104	20	39	2	80	\N	\N	\N	system	1796607515	\N	\N
105	19	39	3	3.6	\N	\N	\N	system	1796607515	\N	\N
106	20	39	3	80	\N	\N	\N	system	1796607515	\N	\N
107	19	39	4	3.9	\N	\N	\N	system	1796607515	\N	\N
108	20	39	4	100	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
109	21	46	1	7	\N	\N	\N	system	1796607515	\N	\N
110	21	46	2	14	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
111	21	46	3	22	\N	\N	\N	system	1796607515	\N	\N
112	21	46	4	29	\N	\N	\N	system	1796607515	\N	\N
113	21	46	5	37	\N	\N	\N	system	1796607515	\N	\N
114	21	46	6	44	\N	\N	\N	system	1796607515	\N	\N
115	21	46	7	51	\N	\N	\N	system	1796607515	\N	\N
116	21	46	8	58	\N	\N	\N	system	1796607515	\N	\N
117	21	46	9	65	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
118	21	46	10	73	\N	\N	\N	system	1796607515	\N	\N
119	21	46	11	86	\N	\N	\N	system	1796607515	\N	\N
120	21	46	12	88	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
121	22	46	1	3.2	\N	\N	\N	system	1796607515	\N	\N
122	23	46	1	60	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
123	22	46	2	3.5	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
124	23	46	2	80	\N	\N	\N	system	1796607515	\N	\N
125	22	46	3	3.9	\N	\N	\N	system	1796607515	\N	\N
126	23	46	3	80	\N	\N	\N	system	1796607515	\N	\N
127	22	46	4	4.1	\N	\N	\N	system	1796607515	\N	\N
128	23	46	4	80	\N	\N	\N	system	1796607515	\N	\N
129	24	53	1	10	\N	\N	\N	system	1796607515	\N	\N
130	24	53	2	19	\N	\N	\N	system	1796607515	\N	\N
131	24	53	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
132	24	53	4	40	\N	\N	\N	system	1796607515	\N	\N
133	24	53	5	51	\N	\N	\N	system	1796607515	\N	\N
134	24	53	6	60	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
135	24	53	7	70	\N	\N	\N	system	1796607515	\N	\N
136	24	53	8	80	\N	\N	\N	system	1796607515	\N	\N
137	24	53	9	89	\N	\N	\N	system	1796607515	\N	\N
138	24	53	10	100	\N	\N	\N	system	1796607515	\N	\N
139	24	53	11	118	\N	\N	\N	system	1796607515	\N	\N
140	24	53	12	121	\N	\N	\N	system	1796607515	\N	\N
141	25	53	1	1.4	\N	\N	\N	system	1796607515	\N	\N
142	26	53	1	80	\N	\N	\N	system	1796607515	\N	\N
143	25	53	2	1.7	\N	\N	\N	system	1796607515	\N	\N
144	26	53	2	80	\N	\N	\N	system	1796607515	\N	\N
145	25	53	3	2	\N	\N	\N	system	1796607515	\N	\N
146	26	53	3	80	\N	\N	\N	system	1796607515	\N	\N
147	25	53	4	2.2	\N	\N	\N	system	1796607515	\N	\N
148	26	53	4	80	\N	\N	\N	system	1796607515	\N	\N
149	27	60	1	8	\N	\N	\N	system	1796607515	\N	\N
150	27	60	2	15	\N	\N	\N	system	1796607515	\N	\N
151	27	60	3	24	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
152	27	60	4	32	\N	\N	\N	system	1796607515	\N	\N
153	27	60	5	40	\N	\N	\N	system	1796607515	\N	\N
154	27	60	6	48	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
155	27	60	7	56	\N	\N	\N	system	1796607515	\N	\N
156	27	60	8	63	\N	\N	\N	system	1796607515	\N	\N
157	27	60	9	71	\N	\N	\N	system	1796607515	\N	\N
158	27	60	10	80	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
159	27	60	11	94	\N	\N	\N	system	1796607515	\N	\N
160	27	60	12	96	\N	\N	\N	system	1796607515	\N	\N
161	28	60	1	3.8	\N	\N	\N	system	1796607515	\N	\N
162	29	60	1	80	\N	\N	\N	system	1796607515	\N	\N
163	28	60	2	4.2	\N	\N	\N	system	1796607515	\N	\N
164	29	60	2	100	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
165	28	60	3	4.6	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
166	29	60	3	100	\N	\N	\N	system	1796607515	\N	\N
167	28	60	4	4.9	\N	\N	\N	system	1796607515	\N	\N
168	29	60	4	100	\N	\N	\N	system	1796607515	\N	\N
169	30	67	1	8	\N	\N	\N	system	1796607515	\N	\N
170	30	67	2	17	\N	\N	\N	system	1796607515	\N	\N
171	30	67	3	26	\N	\N	\N	system	1796607515	\N	\N
172	30	67	4	34	\N	\N	\N	system	1796607515	\N	\N
173	30	67	5	44	\N	\N	\N	system	1796607515	\N	\N
174	30	67	6	52	\N	\N	\N	system	1796607515	\N	\N
175	30	67	7	60	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
176	30	67	8	69	\N	\N	\N	system	1796607515	\N	\N
177	30	67	9	77	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
178	30	67	10	86	\N	\N	\N	system	1796607515	\N	\N
179	30	67	11	102	\N	\N	\N	system	1796607515	\N	\N
180	30	67	12	104	\N	\N	\N	system	1796607515	\N	\N
181	31	67	1	3.3	\N	\N	\N	system	1796607515	\N	\N
182	32	67	1	80	\N	\N	\N	system	1796607515	\N	\N
183	31	67	2	3.7	\N	\N	\N	system	1796607515	\N	\N
184	32	67	2	80	\N	\N	\N	system	1796607515	\N	\N
185	31	67	3	4.1	\N	\N	\N	system	1796607515	\N	\N
186	32	67	3	100	\N	\N	\N	system	1796607515	\N	\N
187	31	67	4	4.4	\N	\N	\N	system	1796607515	\N	\N
188	32	67	4	100	\N	\N	\N	system	1796607515	\N	\N
189	33	74	1	20	\N	\N	\N	system	1796607515	\N	\N
190	33	74	2	41	\N	\N	\N	system	1796607515	\N	\N
191	33	74	3	63	\N	\N	\N	system	1796607515	\N	\N
192	33	74	4	84	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
193	33	74	5	107	\N	\N	\N	system	1796607515	\N	\N
194	33	74	6	127	\N	\N	\N	system	1796607515	\N	\N
195	33	74	7	147	\N	\N	\N	system	1796607515	\N	\N
196	33	74	8	167	\N	\N	\N	system	1796607515	\N	\N
197	33	74	9	188	\N	\N	\N	system	1796607515	\N	\N
198	33	74	10	211	\N	\N	\N	system	1796607515	\N	\N
199	33	74	11	249	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
200	33	74	12	254	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
201	34	74	1	2.9	\N	\N	\N	system	1796607515	\N	\N
202	35	74	1	80	\N	\N	\N	system	1796607515	\N	\N
203	34	74	2	3.4	\N	\N	\N	system	1796607515	\N	\N
204	35	74	2	80	\N	\N	\N	system	1796607515	\N	\N
205	34	74	3	3.8	\N	\N	\N	system	1796607515	\N	\N
206	35	74	3	80	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
207	34	74	4	4.2	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
208	35	74	4	100	\N	\N	\N	system	1796607515	\N	\N
209	36	81	1	9	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
210	36	81	2	17	\N	\N	\N	system	1796607515	\N	\N
211	36	81	3	27	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
212	36	81	4	36	\N	\N	\N	system	1796607515	\N	\N
213	36	81	5	46	\N	\N	\N	system	1796607515	\N	\N
214	36	81	6	55	\N	\N	\N	system	1796607515	\N	\N
215	36	81	7	63	\N	\N	\N	system	1796607515	\N	\N
216	36	81	8	72	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
217	36	81	9	81	\N	\N	\N	system	1796607515	\N	\N
218	36	81	10	91	\N	\N	\N	system	1796607515	\N	\N
219	36	81	11	107	\N	\N	\N	system	1796607515	\N	\N
220	36	81	12	109	\N	\N	\N	system	1796607515	\N	\N
221	37	81	1	3	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
222	38	81	1	60	\N	\N	\N	system	1796607515	\N	\N
223	37	81	2	3.5	\N	\N	\N	system	1796607515	\N	\N
224	38	81	2	80	\N	\N	\N	system	1796607515	\N	\N
225	37	81	3	3.8	\N	\N	\N	system	1796607515	\N	\N
226	38	81	3	80	\N	\N	\N	system	1796607515	\N	\N
227	37	81	4	4	\N	\N	\N	system	1796607515	\N	\N
228	38	81	4	80	\N	\N	\N	system	1796607515	\N	\N
229	39	88	1	16	\N	\N	\N	system	1796607515	\N	\N
230	39	88	2	32	\N	\N	\N	system	1796607515	\N	\N
231	39	88	3	50	\N	\N	\N	system	1796607515	\N	\N
232	39	88	4	67	\N	\N	\N	system	1796607515	\N	\N
233	39	88	5	85	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
234	39	88	6	101	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
235	39	88	7	117	\N	\N	\N	system	1796607515	\N	\N
236	39	88	8	133	\N	\N	\N	system	1796607515	\N	\N
237	39	88	9	149	\N	\N	\N	system	1796607515	\N	\N
238	39	88	10	167	\N	\N	\N	system	1796607515	\N	\N
239	39	88	11	198	\N	\N	\N	system	1796607515	\N	\N
240	39	88	12	202	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
241	40	88	1	3.2	\N	\N	\N	system	1796607515	\N	\N
242	41	88	1	80	\N	\N	\N	system	1796607515	\N	\N
243	40	88	2	3.8	\N	\N	\N	system	1796607515	\N	\N
244	41	88	2	80	\N	\N	\N	system	1796607515	\N	\N
245	40	88	3	4.3	\N	\N	\N	system	1796607515	\N	\N
246	41	88	3	100	\N	\N	\N	system	1796607515	\N	\N
247	40	88	4	4.7	\N	\N	\N	system	1796607515	\N	\N
248	41	88	4	100	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
249	42	95	1	12	\N	\N	\N	system	1796607515	\N	\N
250	42	95	2	24	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
251	42	95	3	38	\N	\N	\N	system	1796607515	\N	\N
252	42	95	4	50	\N	\N	\N	system	1796607515	\N	\N
253	42	95	5	63	\N	\N	\N	system	1796607515	\N	\N
254	42	95	6	75	\N	\N	\N	system	1796607515	\N	\N
255	42	95	7	87	\N	\N	\N	system	1796607515	\N	\N
256	42	95	8	100	\N	\N	\N	system	1796607515	\N	\N
257	42	95	9	112	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
258	42	95	10	125	\N	\N	\N	system	1796607515	\N	\N
259	42	95	11	148	\N	\N	\N	system	1796607515	\N	\N
260	42	95	12	151	\N	\N	\N	system	1796607515	\N	\N
261	43	95	1	3	\N	\N	\N	system	1796607515	\N	\N
262	44	95	1	80	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
263	43	95	2	3.4	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
264	44	95	2	100	\N	\N	\N	system	1796607515	\N	\N
265	43	95	3	3.9	\N	\N	\N	system	1796607515	\N	\N
266	44	95	3	100	\N	\N	\N	system	1796607515	\N	\N
267	43	95	4	4.3	\N	\N	\N	system	1796607515	\N	\N
268	44	95	4	100	\N	\N	\N	system	1796607515	\N	\N
269	45	102	1	4	\N	\N	\N	system	1796607515	\N	\N
270	45	102	2	8	\N	\N	\N	system	1796607515	\N	\N
271	45	102	3	12	\N	\N	\N	system	1796607515	\N	\N
272	45	102	4	16	\N	\N	\N	system	1796607515	\N	\N
273	45	102	5	20	\N	\N	\N	system	1796607515	\N	\N
274	45	102	6	24	Số liệu sơ bộ	\N	\N	system	1796607515	\N	\N
275	45	102	7	27	\N	\N	\N	system	1796607515	\N	\N
276	45	102	8	31	\N	\N	\N	system	1796607515	\N	\N
277	45	102	9	35	\N	\N	\N	system	1796607515	\N	\N
278	45	102	10	39	\N	\N	\N	system	1796607515	\N	\N
279	45	102	11	46	\N	\N	\N	system	1796607515	\N	\N
280	45	102	12	47	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607515	\N	\N
281	46	102	1	3.1	\N	\N	\N	system	1796607515	\N	\N
282	47	102	1	40	\N	\N	\N	system	1796607515	\N	\N
283	46	102	2	3.4	\N	\N	\N	system	1796607515	\N	\N
284	47	102	2	40	\N	\N	\N	system	1796607515	\N	\N
285	46	102	3	3.7	\N	\N	\N	system	1796607515	\N	\N
286	47	102	3	60	\N	\N	\N	system	1796607515	\N	\N
287	46	102	4	3.9	\N	\N	\N	system	1796607515	\N	\N
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
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:38:34.044525+00	2026-12-07 01:38:34.044525+00
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
1	organisation: units and people	2026-12-07 01:38:33.928104+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:38:33.960367+00
3	org_revision: a counter every change to the unit tree bumps (for caches)	2026-12-07 01:38:34.004048+00
4	targets and measurements	2026-12-07 01:38:34.008232+00
5	bump the revision counters once per transaction	2026-12-07 01:38:34.020337+00
6	accounts get a home unit	2026-12-07 01:38:34.021592+00
7	audit_scheme: from which entry the audit chain is keyed (HMAC)	2026-12-07 01:38:34.024008+00
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
-- Name: audit_scheme audit_scheme_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_scheme
    ADD CONSTRAINT audit_scheme_pkey PRIMARY KEY (id);


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

\unrestrict eBXQ3BlrRXP6QqKPlC8VGaXxjudqXaz3COztAF7ebIvoubzxXNqPWjUswaQgANl

