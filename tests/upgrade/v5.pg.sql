--
-- PostgreSQL database dump
--

\restrict yf2jSFwe7P902ss9xkga3eHwdPrkSgbgL1D68b6cquSc5nR68gObavYmIGSwZ9T

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

COPY public.app_user (id, login, display_name, person_id, password_hash, disabled, created_at) FROM stdin;
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$/9ZEc8dpzRz2fNHg4/4CNQ$Vz1IQ81gohFYzZ+pnZf6tYZP9J+AzyF6hFYlRvPkcEc	f	1796607405
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$Fd820Ekx82oznGg2Jv25eQ$ITG8T1BWa3ozWVobtATQTY5sXM7dvw9XSulCiyJZ4D0	f	1796607405
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$5kwdrP01gbTV8Rv5Y4pQ+A$GBbrRT1C/dNjEf8RB1wp+xw2gtbW9ZqbNrBw7xdqcOY	f	1796607405
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$PWhzU4xPGXKP7NQ9gDnaTQ$yWM50a7VcryuYhHOnBi5VpMrvq4ASj2dHL9DFXTGzp4	f	1796607405
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$35ZwIMI49N130vfIG/o19A$Aa59A/lwIx3txgb9VnXma9LRBvC6H0ydaQCiWzSc4Ds	f	1796607406
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:36:44.905Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	bf595e0488098a0b9824ded829cd2bb005efa4b6470050d406f7b381d2dbef5d
2	2026-12-07T01:36:44.907Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	bf595e0488098a0b9824ded829cd2bb005efa4b6470050d406f7b381d2dbef5d	1e5f354cb17be92e5ca6edb63c3bfdb49407920f86ccb7283c8e6d99fc525b54
3	2026-12-07T01:36:44.908Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	1e5f354cb17be92e5ca6edb63c3bfdb49407920f86ccb7283c8e6d99fc525b54	1aa29fa906cc0aeae1e0e352deff5a977322a12528e660e61bebb7ca946f61fc
4	2026-12-07T01:36:44.908Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	1aa29fa906cc0aeae1e0e352deff5a977322a12528e660e61bebb7ca946f61fc	97ff4cb10eda33967b35384a42cade54a711a1f5e5a41351082021c7360397ff
5	2026-12-07T01:36:44.909Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	97ff4cb10eda33967b35384a42cade54a711a1f5e5a41351082021c7360397ff	f54383731456c8440fc7106fd8bb41dfca9287067727ec811388a73595770b9b
6	2026-12-07T01:36:44.909Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	f54383731456c8440fc7106fd8bb41dfca9287067727ec811388a73595770b9b	15d9d546ec769760cd2c5a19d33c3d93a0965a4574730273d6be086b8078fe2b
7	2026-12-07T01:36:44.910Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	15d9d546ec769760cd2c5a19d33c3d93a0965a4574730273d6be086b8078fe2b	db0c782a4e6032ead03523003a3a31703d7b31a3e2e3130002176abf0ac3d92c
8	2026-12-07T01:36:44.910Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	db0c782a4e6032ead03523003a3a31703d7b31a3e2e3130002176abf0ac3d92c	438297f84ae8aaabaceba9de8e336318442e5afde8f05cad9f33e3a2ee217817
9	2026-12-07T01:36:44.910Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	438297f84ae8aaabaceba9de8e336318442e5afde8f05cad9f33e3a2ee217817	0221632e9cc21bbf3b83a6d884300efafb0dbd0ce320d45654c3ef05c85a0516
10	2026-12-07T01:36:44.911Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	0221632e9cc21bbf3b83a6d884300efafb0dbd0ce320d45654c3ef05c85a0516	7615f1d97b670a68514bd9a21adb3f5528c41223b3cfe34ae2bc0f655e4c5e94
11	2026-12-07T01:36:44.911Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	7615f1d97b670a68514bd9a21adb3f5528c41223b3cfe34ae2bc0f655e4c5e94	3011b9158634d9cc69b5d2fdf5f29baa1f32f65716bbc07c997c6009757c5ab5
12	2026-12-07T01:36:44.911Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	3011b9158634d9cc69b5d2fdf5f29baa1f32f65716bbc07c997c6009757c5ab5	f5b1c5ab2fc534b93912452b9b4117d32efc0f594727c2e1726a149b781ed75a
13	2026-12-07T01:36:44.912Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	f5b1c5ab2fc534b93912452b9b4117d32efc0f594727c2e1726a149b781ed75a	5a46300eace85aa2d3f4aac13941cc1b2af13824845a43d71bfb486d36179d3f
14	2026-12-07T01:36:44.912Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	5a46300eace85aa2d3f4aac13941cc1b2af13824845a43d71bfb486d36179d3f	69cf271044f9e821ac6ff5135843a608c3ef307c9d9b1f7227c4c6e054324803
15	2026-12-07T01:36:44.913Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	69cf271044f9e821ac6ff5135843a608c3ef307c9d9b1f7227c4c6e054324803	b5bf1cdfe00bf71d48271c77ff3ecb78ab37acbfb535d799156d7fdb9532ebe6
16	2026-12-07T01:36:44.913Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	b5bf1cdfe00bf71d48271c77ff3ecb78ab37acbfb535d799156d7fdb9532ebe6	f7da4fb61fcd2c3e2641ff01ac13e4eddf73e22d3d44ec61eae4be18c2101877
17	2026-12-07T01:36:44.913Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f7da4fb61fcd2c3e2641ff01ac13e4eddf73e22d3d44ec61eae4be18c2101877	fe15a041fb48dded5efc0a832798b96aa4a2f26d8a0d6b6752816fac558ce846
18	2026-12-07T01:36:44.916Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	fe15a041fb48dded5efc0a832798b96aa4a2f26d8a0d6b6752816fac558ce846	bcee1ceff7e0c899426f8f6e710095da9a74281bfbb918d71bbcfa215cd75b3e
19	2026-12-07T01:36:44.916Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bcee1ceff7e0c899426f8f6e710095da9a74281bfbb918d71bbcfa215cd75b3e	d1c70e9bffa5a520cd7a7b9466de1bad4643ad34c69d574baa06cbd48a5c883e
20	2026-12-07T01:36:44.916Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	d1c70e9bffa5a520cd7a7b9466de1bad4643ad34c69d574baa06cbd48a5c883e	56b997e454fd5d8f5336a6187dac5a1d21a2d76ad1a1ad685122989ce90aba09
21	2026-12-07T01:36:44.917Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	56b997e454fd5d8f5336a6187dac5a1d21a2d76ad1a1ad685122989ce90aba09	e71cb52f41c9f6f17f7940805d1244ff518ab542bfcaa7b1a2ecad877b6f6669
22	2026-12-07T01:36:44.917Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	e71cb52f41c9f6f17f7940805d1244ff518ab542bfcaa7b1a2ecad877b6f6669	e98a1ec54b66757978e71ea568cb3b6554bc55f41a8a0017892b1c6236f5c2af
23	2026-12-07T01:36:44.918Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e98a1ec54b66757978e71ea568cb3b6554bc55f41a8a0017892b1c6236f5c2af	3730a25bf963b1b59f2760f389046a564600f1e4abb43f1056f6f132fab66b2c
24	2026-12-07T01:36:44.918Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	3730a25bf963b1b59f2760f389046a564600f1e4abb43f1056f6f132fab66b2c	8dbd92da0ace978ebe621d27f57a7eb5f657263c3769ca3e4701bcd54d3283f4
25	2026-12-07T01:36:44.918Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8dbd92da0ace978ebe621d27f57a7eb5f657263c3769ca3e4701bcd54d3283f4	959c2aaa8d8caaad01ce79cabefa1be3f25f85100e36ab0ae0c32cbf6b2bad2b
26	2026-12-07T01:36:44.919Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	959c2aaa8d8caaad01ce79cabefa1be3f25f85100e36ab0ae0c32cbf6b2bad2b	4af64c4a220b81e533dce599d8629894f88d360c1b9a60bbeb63fc4513a79519
27	2026-12-07T01:36:44.919Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4af64c4a220b81e533dce599d8629894f88d360c1b9a60bbeb63fc4513a79519	78d110e333de2c99677997af2fb457b2d575bef76f3df9cd0e5612a45a81f9c9
28	2026-12-07T01:36:44.919Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	78d110e333de2c99677997af2fb457b2d575bef76f3df9cd0e5612a45a81f9c9	07abfee6331b7286c9ff12d15882787ef995ac028b7f26709f0e707ff1d1b96b
29	2026-12-07T01:36:44.920Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	07abfee6331b7286c9ff12d15882787ef995ac028b7f26709f0e707ff1d1b96b	27a97c7abf4283d20bb4380adccc3d7ce44465e00a95a78149dde160c9f0faa1
30	2026-12-07T01:36:44.920Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	27a97c7abf4283d20bb4380adccc3d7ce44465e00a95a78149dde160c9f0faa1	d15bbcf9be34b74b68aacff5aad3c454cdbd81adfe936a9bfe74dc1eb0539104
31	2026-12-07T01:36:44.920Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d15bbcf9be34b74b68aacff5aad3c454cdbd81adfe936a9bfe74dc1eb0539104	18cb73a11757a03ad29e400111ab46badc0bc59a2162485db2386dfb9eb69fb4
32	2026-12-07T01:36:44.921Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	18cb73a11757a03ad29e400111ab46badc0bc59a2162485db2386dfb9eb69fb4	ee045056d6352bff2c08747b8a7e60a6043f5868b3c6a99877087273b7f2108e
33	2026-12-07T01:36:44.921Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ee045056d6352bff2c08747b8a7e60a6043f5868b3c6a99877087273b7f2108e	0c4c65f41591139d9b9661e647c0773c9b75d13aae9f08e785e917bdcf48fa6b
34	2026-12-07T01:36:44.921Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	0c4c65f41591139d9b9661e647c0773c9b75d13aae9f08e785e917bdcf48fa6b	c8dbb01ee275414d7431111ac51058116390d29d12e1060fdcc483f86626ef2d
35	2026-12-07T01:36:44.923Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c8dbb01ee275414d7431111ac51058116390d29d12e1060fdcc483f86626ef2d	527cdbb5d054308bdbe812372b4f1d06c74162b13be4a33bef3304ffa7a83858
36	2026-12-07T01:36:44.924Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	527cdbb5d054308bdbe812372b4f1d06c74162b13be4a33bef3304ffa7a83858	766e9322cb91406d5bb5a5f1204160fe9d185ff3cfeee38d8265c7bbf08bb731
37	2026-12-07T01:36:44.924Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	766e9322cb91406d5bb5a5f1204160fe9d185ff3cfeee38d8265c7bbf08bb731	ed4ec7ef8a38fb3e2df124049b2d9dc34b5fac77aa5f595de75fd5441457a6fd
38	2026-12-07T01:36:44.924Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	ed4ec7ef8a38fb3e2df124049b2d9dc34b5fac77aa5f595de75fd5441457a6fd	d2185f065ac77c2860228ddbe2b18749fffdd15d7a640b2e030c802ffe148097
39	2026-12-07T01:36:44.925Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d2185f065ac77c2860228ddbe2b18749fffdd15d7a640b2e030c802ffe148097	e6930b332421c22cf089b12f6d6ae40363e9475ef3059af09c48cd6a643362fe
40	2026-12-07T01:36:44.925Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	e6930b332421c22cf089b12f6d6ae40363e9475ef3059af09c48cd6a643362fe	37d45e4a3ec416d9829d7983258e56d9e843de9a158fd4e85a6e05cade1524f0
41	2026-12-07T01:36:44.925Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	37d45e4a3ec416d9829d7983258e56d9e843de9a158fd4e85a6e05cade1524f0	d7da00fc8341ce5f9717f543d46c8f2435ad91927af18452444a0b211dd9bdea
42	2026-12-07T01:36:44.926Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	d7da00fc8341ce5f9717f543d46c8f2435ad91927af18452444a0b211dd9bdea	1c1fc4a7e14e91be6748ee9d0ad0a3929c8d02763f7ae767a8d6ee8e4f89965a
43	2026-12-07T01:36:44.926Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1c1fc4a7e14e91be6748ee9d0ad0a3929c8d02763f7ae767a8d6ee8e4f89965a	0a6039ba90f2ec06238e48680ea1d3f328b65de43a85d81f587f68e6b22e0e5e
44	2026-12-07T01:36:44.926Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0a6039ba90f2ec06238e48680ea1d3f328b65de43a85d81f587f68e6b22e0e5e	0b7c09d4db9ebcec096fb0e4de3b15170e4fb1e0cd5d5f354c13c7f7e63e8190
45	2026-12-07T01:36:44.927Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	0b7c09d4db9ebcec096fb0e4de3b15170e4fb1e0cd5d5f354c13c7f7e63e8190	cebca46e97b9b7c1d2a213f2982a9a3fdb0ba2db8826180527c1827558da2f23
46	2026-12-07T01:36:44.927Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cebca46e97b9b7c1d2a213f2982a9a3fdb0ba2db8826180527c1827558da2f23	1e369f86de165b76062e96f632ea6ec1e0fc988af28e684e0c3b44b496f4a751
47	2026-12-07T01:36:44.927Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	1e369f86de165b76062e96f632ea6ec1e0fc988af28e684e0c3b44b496f4a751	f3c26bb185542efcf4ff83785728e828a945387f43ab531ed7b75470a87d8464
48	2026-12-07T01:36:44.928Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f3c26bb185542efcf4ff83785728e828a945387f43ab531ed7b75470a87d8464	4d98e26efcf5e7ad4983f781d648b2fdd13fe0238f2730a5e6cd272c07a76e04
49	2026-12-07T01:36:44.928Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	4d98e26efcf5e7ad4983f781d648b2fdd13fe0238f2730a5e6cd272c07a76e04	c3aa2c57e9be636655d048e121fc8e53506cb93b2e74dabbb195984032ce97a4
50	2026-12-07T01:36:44.928Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c3aa2c57e9be636655d048e121fc8e53506cb93b2e74dabbb195984032ce97a4	5617cb7e45b341bdc5aca455f2a0f3e19eb6b073731288800d6273964017761b
51	2026-12-07T01:36:44.929Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	5617cb7e45b341bdc5aca455f2a0f3e19eb6b073731288800d6273964017761b	907b52753b2dc2fb6d2c05edadeee54cc359fe44422ccba257b666c7f1873f85
52	2026-12-07T01:36:44.932Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	907b52753b2dc2fb6d2c05edadeee54cc359fe44422ccba257b666c7f1873f85	9d0b8e1de8ee43315537346660fb161a1327c9376dcb39d956cef3daacfd5f64
53	2026-12-07T01:36:44.932Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	9d0b8e1de8ee43315537346660fb161a1327c9376dcb39d956cef3daacfd5f64	b1fbf73171989875925116f39685069de295e45aea5beeda9b0e5da1062448c8
54	2026-12-07T01:36:44.933Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b1fbf73171989875925116f39685069de295e45aea5beeda9b0e5da1062448c8	03f8791c6a295426e85db915cfeb5b597952817a8955f5f22f31f3b4f708fb39
55	2026-12-07T01:36:44.933Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	03f8791c6a295426e85db915cfeb5b597952817a8955f5f22f31f3b4f708fb39	c476f09aba580f615aa43bce6d5c0618a68bab94fa648d19fcd35465e8085eee
56	2026-12-07T01:36:44.934Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	c476f09aba580f615aa43bce6d5c0618a68bab94fa648d19fcd35465e8085eee	6f5353bef7a2bac8010f95a63cb5a5d035935456e70e1aba8d9cb6b10a2069e6
57	2026-12-07T01:36:44.934Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	6f5353bef7a2bac8010f95a63cb5a5d035935456e70e1aba8d9cb6b10a2069e6	7a1b540e7841dd376fc79053fe4f96579d9272a357b28d739bf6fbb159fef159
58	2026-12-07T01:36:44.935Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	7a1b540e7841dd376fc79053fe4f96579d9272a357b28d739bf6fbb159fef159	3d6bbfd4a583f4589819b23b496829d8bf3f85185acbb5ba7300956bc8b017b2
59	2026-12-07T01:36:44.936Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3d6bbfd4a583f4589819b23b496829d8bf3f85185acbb5ba7300956bc8b017b2	b8c428159aa471e6dba1efe8bfc5d4ea1191f28093771b8c9e44960b487fb309
60	2026-12-07T01:36:44.936Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	b8c428159aa471e6dba1efe8bfc5d4ea1191f28093771b8c9e44960b487fb309	196f759a6d4b449cc1ab8bb57baada08dce41379891851e0ec341cacd387da80
61	2026-12-07T01:36:44.937Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	196f759a6d4b449cc1ab8bb57baada08dce41379891851e0ec341cacd387da80	e23b073464288d46606c43b05ced8150197e4dd8096c51166e14c9b356394173
62	2026-12-07T01:36:44.937Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	e23b073464288d46606c43b05ced8150197e4dd8096c51166e14c9b356394173	1c276d803356d5cd23a9fd2ac4eee4b3b316364671514f5b4d8dcedd6d7bdaad
63	2026-12-07T01:36:44.937Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1c276d803356d5cd23a9fd2ac4eee4b3b316364671514f5b4d8dcedd6d7bdaad	46efedf38e9f976ccc25016175b0cc7210962bb6763f60468eb93a7db3f94231
64	2026-12-07T01:36:44.938Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	46efedf38e9f976ccc25016175b0cc7210962bb6763f60468eb93a7db3f94231	89f2973beb9a7bd09a16c3ca21469fbc51f7b4d39092ac958fbea81682cf48ed
65	2026-12-07T01:36:44.939Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	89f2973beb9a7bd09a16c3ca21469fbc51f7b4d39092ac958fbea81682cf48ed	6c3970bc402f2f29f1bc0b8bff77fb7c168a81fb5d4c54d846fe616a66b78126
66	2026-12-07T01:36:44.943Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	6c3970bc402f2f29f1bc0b8bff77fb7c168a81fb5d4c54d846fe616a66b78126	077cc9a687f4e5c6a35ea345d3015bb88f9457c1fb542f28f8cced4991ed0f65
67	2026-12-07T01:36:44.944Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	077cc9a687f4e5c6a35ea345d3015bb88f9457c1fb542f28f8cced4991ed0f65	fd3089fb646c1c6c8a92f6795b34c2ff2dd3ad937f1980cd7fb5e65a7f8c99ee
68	2026-12-07T01:36:44.944Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	fd3089fb646c1c6c8a92f6795b34c2ff2dd3ad937f1980cd7fb5e65a7f8c99ee	28020e41ac5dfe0b1e57490b092f6b1ee797d6ecae127b914d43687463568cba
69	2026-12-07T01:36:44.945Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	28020e41ac5dfe0b1e57490b092f6b1ee797d6ecae127b914d43687463568cba	cd1c7dd79ed8fc5cad662921d144f60df1eeb1399c3ca1ee68128a1589034d4a
70	2026-12-07T01:36:44.945Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	cd1c7dd79ed8fc5cad662921d144f60df1eeb1399c3ca1ee68128a1589034d4a	c644c83173cc9b7977207549bf88f08841eaa53a31476f770d9982a3d52eb377
71	2026-12-07T01:36:44.946Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	c644c83173cc9b7977207549bf88f08841eaa53a31476f770d9982a3d52eb377	97e6a4a81f714ea5befda25516d20f3eb8895922c56fe9012607748be7e2082b
72	2026-12-07T01:36:44.946Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	97e6a4a81f714ea5befda25516d20f3eb8895922c56fe9012607748be7e2082b	f248b5514e2e8b8e6b3f1caeb97bfbc003cbb1c7457c8ea896edbbe84dca9ea5
73	2026-12-07T01:36:44.946Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f248b5514e2e8b8e6b3f1caeb97bfbc003cbb1c7457c8ea896edbbe84dca9ea5	407f8bcac30edbb01acc6f7675cad5c6ccbc46f93c661e73800a96fad852a3f0
74	2026-12-07T01:36:44.947Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	407f8bcac30edbb01acc6f7675cad5c6ccbc46f93c661e73800a96fad852a3f0	152f435522b879da9ae2763780ce64f4a458d50cf08fbf29158ecf953dac3b16
75	2026-12-07T01:36:44.947Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	152f435522b879da9ae2763780ce64f4a458d50cf08fbf29158ecf953dac3b16	57c6280352695d825f6d99c87801981474cc32b09413b3141d378c6f26f4a3f6
76	2026-12-07T01:36:44.948Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	57c6280352695d825f6d99c87801981474cc32b09413b3141d378c6f26f4a3f6	7949a24d39123e8cc4d160275b0ead09af7ecd84c44d4b8bcb98c98bf35a2dfe
77	2026-12-07T01:36:44.948Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	7949a24d39123e8cc4d160275b0ead09af7ecd84c44d4b8bcb98c98bf35a2dfe	8423688a6d861e8e99078667d0d38979be1c79e0323ea0d576785ee962860503
78	2026-12-07T01:36:44.948Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8423688a6d861e8e99078667d0d38979be1c79e0323ea0d576785ee962860503	137a21c27c51396b94dc79c71ec076c512bdd589144ce77b0dcd8ae1c198c39a
79	2026-12-07T01:36:44.949Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	137a21c27c51396b94dc79c71ec076c512bdd589144ce77b0dcd8ae1c198c39a	ec49fbd2a0de37736f8129287cff97c0cb989a4cd0f7dcdcd4013fe16c94953b
80	2026-12-07T01:36:44.949Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ec49fbd2a0de37736f8129287cff97c0cb989a4cd0f7dcdcd4013fe16c94953b	ab82f8ea842ae5e976c06135fdf4d15644c7c40df3766681d39f926ce102ecfb
81	2026-12-07T01:36:44.949Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	ab82f8ea842ae5e976c06135fdf4d15644c7c40df3766681d39f926ce102ecfb	6fc82dab36831f6686b66f879eb7416646c898d4163b2ee079e77481e4484f2a
82	2026-12-07T01:36:44.950Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6fc82dab36831f6686b66f879eb7416646c898d4163b2ee079e77481e4484f2a	99b8197fb917c752949bbfddf80f1f2c5419b8dacafc7e35494b7bbec571cad5
83	2026-12-07T01:36:44.950Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	99b8197fb917c752949bbfddf80f1f2c5419b8dacafc7e35494b7bbec571cad5	783f792c5266c8543d18406dd3299a1e7ebaceb7e49e3bdc5f2cdf10d22b5dda
84	2026-12-07T01:36:44.950Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	783f792c5266c8543d18406dd3299a1e7ebaceb7e49e3bdc5f2cdf10d22b5dda	3f0036d1810764b2e684351c32539c5ac40931f4724925642d2997d944125c1f
85	2026-12-07T01:36:44.951Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	3f0036d1810764b2e684351c32539c5ac40931f4724925642d2997d944125c1f	051ab7e5788d46f818ffc9bbe611f8bad472ac5f8afa1187a1212406858ef83a
86	2026-12-07T01:36:44.951Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	051ab7e5788d46f818ffc9bbe611f8bad472ac5f8afa1187a1212406858ef83a	8b6ae0fc36814055bce25dc4f1345c22457066b0572f4070ac6219698cc4e2f6
87	2026-12-07T01:36:44.951Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	8b6ae0fc36814055bce25dc4f1345c22457066b0572f4070ac6219698cc4e2f6	423175a59df89d075a25590857738c217332b9ff043f203a20ccd77ddf6be030
88	2026-12-07T01:36:44.952Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	423175a59df89d075a25590857738c217332b9ff043f203a20ccd77ddf6be030	f3fcab5becb15af697920c8adc02fe691ba3bdf1654dcbf7b77a584a23b27615
89	2026-12-07T01:36:44.952Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f3fcab5becb15af697920c8adc02fe691ba3bdf1654dcbf7b77a584a23b27615	bc6afc9927279400b471f7f07c653155be0547491d5a1ffa76069cb432a30e72
90	2026-12-07T01:36:44.953Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	bc6afc9927279400b471f7f07c653155be0547491d5a1ffa76069cb432a30e72	d785ef97653827087b5477778ee96a6b454296f9ea66749de9cfe6bd43f5564a
91	2026-12-07T01:36:44.953Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d785ef97653827087b5477778ee96a6b454296f9ea66749de9cfe6bd43f5564a	1cb2ebd9e9c085c462b406ee926190a2d5d4f57b8436467e1b8c629f728b05c2
92	2026-12-07T01:36:44.953Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	1cb2ebd9e9c085c462b406ee926190a2d5d4f57b8436467e1b8c629f728b05c2	6767068b6424652d3827bb6e0753c8bb316413719e92071d3ae9629eb16597d3
93	2026-12-07T01:36:44.953Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6767068b6424652d3827bb6e0753c8bb316413719e92071d3ae9629eb16597d3	312d535a29936c43a56b232f1e1bd9f5a50d790109e47386f396556a0bb9e378
94	2026-12-07T01:36:44.954Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	312d535a29936c43a56b232f1e1bd9f5a50d790109e47386f396556a0bb9e378	ad879079799501faeaad81865b68159f6be57cb8d3fd74ae42d6bb166c49c9ff
95	2026-12-07T01:36:44.954Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ad879079799501faeaad81865b68159f6be57cb8d3fd74ae42d6bb166c49c9ff	f4a2815eac3fc03445524e3f3dd8f4af2bd0c94af90aaa9dc2114fee878c2908
96	2026-12-07T01:36:44.954Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	f4a2815eac3fc03445524e3f3dd8f4af2bd0c94af90aaa9dc2114fee878c2908	4eac48913570d0378ed0430a7f7c8114f2051593fbbec64f3eb26495633057f9
97	2026-12-07T01:36:44.955Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4eac48913570d0378ed0430a7f7c8114f2051593fbbec64f3eb26495633057f9	af2fbc9bde8229ff33e1e3e772ba8476414a278fd280597434e50d2139e04733
98	2026-12-07T01:36:44.955Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	af2fbc9bde8229ff33e1e3e772ba8476414a278fd280597434e50d2139e04733	2a85b8e9cd78d450b0a6385366bf36dd82d915fd1b757c3d3e1e1c88d1af83b3
99	2026-12-07T01:36:44.960Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2a85b8e9cd78d450b0a6385366bf36dd82d915fd1b757c3d3e1e1c88d1af83b3	01ed46e948007b548fad22a7f1af32ed4d755f1612f543d4a83f64be84c66ca2
100	2026-12-07T01:36:44.960Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	01ed46e948007b548fad22a7f1af32ed4d755f1612f543d4a83f64be84c66ca2	bd74b2b4195fc1a7171ab1804e361215885953857df3f76d5dccf9930612f054
101	2026-12-07T01:36:44.960Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	bd74b2b4195fc1a7171ab1804e361215885953857df3f76d5dccf9930612f054	68bb60f78d8e8a852fdeb31708109aa738050696fecdd1932523f441539c410a
102	2026-12-07T01:36:44.961Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	68bb60f78d8e8a852fdeb31708109aa738050696fecdd1932523f441539c410a	5280d921b47768c84f6abb8eb28a2775dc68a4bfebb15d67a46f89e337c069db
103	2026-12-07T01:36:44.961Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	5280d921b47768c84f6abb8eb28a2775dc68a4bfebb15d67a46f89e337c069db	64cec72cb9d18458f23d400a300c5b50d606472cb41733b0cd536c66e2cd2cc8
104	2026-12-07T01:36:44.961Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	64cec72cb9d18458f23d400a300c5b50d606472cb41733b0cd536c66e2cd2cc8	1cf6a6a8e411dbbbe68889881bced341910da8d027afb8f6089c1595c7731fd0
105	2026-12-07T01:36:44.962Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	1cf6a6a8e411dbbbe68889881bced341910da8d027afb8f6089c1595c7731fd0	8ce59eff03b89fa5c2207f7ca0b80cddd06b4a2350bd0939d88215bde2713eb2
106	2026-12-07T01:36:44.962Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8ce59eff03b89fa5c2207f7ca0b80cddd06b4a2350bd0939d88215bde2713eb2	52abf93381a4fa0660ad886cc09454c8d39448f313c223ad6f9983484efecacc
107	2026-12-07T01:36:44.962Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	52abf93381a4fa0660ad886cc09454c8d39448f313c223ad6f9983484efecacc	db474a5c605517e4a0359498008131041dfda1adec009693932ce00e1727d33b
108	2026-12-07T01:36:44.962Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	db474a5c605517e4a0359498008131041dfda1adec009693932ce00e1727d33b	e3eb09cef5cb3f62a36ba31ca7ad38d536926988ee3f3ff7bd57a4fddfd8df95
109	2026-12-07T01:36:44.963Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	e3eb09cef5cb3f62a36ba31ca7ad38d536926988ee3f3ff7bd57a4fddfd8df95	b2aa465b57d2c8ea207e2eafb943540e5873ce9027d19415ad3d21c45622864f
110	2026-12-07T01:36:44.963Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b2aa465b57d2c8ea207e2eafb943540e5873ce9027d19415ad3d21c45622864f	3e71800b896e1d623a3f0cc660f253c6854ae5f61c969aa3d017d63d0e42fa34
111	2026-12-07T01:36:44.963Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	3e71800b896e1d623a3f0cc660f253c6854ae5f61c969aa3d017d63d0e42fa34	cc192b313831818eccd5a6e73c2ecfdc3b88fd96a0af563429ef3f637d5c21f6
112	2026-12-07T01:36:44.964Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cc192b313831818eccd5a6e73c2ecfdc3b88fd96a0af563429ef3f637d5c21f6	a5d8c4132d464533d81fb4c952f503203be5c58b544263ca0b1cc5dcfc1f7117
113	2026-12-07T01:36:44.964Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	a5d8c4132d464533d81fb4c952f503203be5c58b544263ca0b1cc5dcfc1f7117	48c652f8bd28e7706df800f1b31201c71727eeaf14c4f03ade51a1c53ded4295
114	2026-12-07T01:36:44.964Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	48c652f8bd28e7706df800f1b31201c71727eeaf14c4f03ade51a1c53ded4295	61d59dd6150fa2222a8735bbd428d3b1e096faa23185d9a5bbf5b93fc1c9c069
115	2026-12-07T01:36:44.965Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	61d59dd6150fa2222a8735bbd428d3b1e096faa23185d9a5bbf5b93fc1c9c069	88c327999e6401dd8d4b847bfb007f432d0eb4cd5f8e2daca9fbd328bbfb99ca
116	2026-12-07T01:36:44.965Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	88c327999e6401dd8d4b847bfb007f432d0eb4cd5f8e2daca9fbd328bbfb99ca	8bd35096a14ff56b6d7333a2b64cb50094044813f0e9262998ba95a6d9d5cc1d
117	2026-12-07T01:36:44.965Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	8bd35096a14ff56b6d7333a2b64cb50094044813f0e9262998ba95a6d9d5cc1d	a5018b5262d1c38fd87097e2b13662cb62443395e8a123b8b88351695ee0c779
118	2026-12-07T01:36:44.966Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a5018b5262d1c38fd87097e2b13662cb62443395e8a123b8b88351695ee0c779	0c363a862512826f9e19969824ade49d9bbb283f13cd8a1a4d16034d4c228aa1
119	2026-12-07T01:36:44.966Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0c363a862512826f9e19969824ade49d9bbb283f13cd8a1a4d16034d4c228aa1	50686c942bb429d424b9d0a76dd706948a2dd024be2e2bdf4305cd93fe53399c
120	2026-12-07T01:36:44.966Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	50686c942bb429d424b9d0a76dd706948a2dd024be2e2bdf4305cd93fe53399c	bf69c2ef34b9ed2417cb7d76922b022a7e4a038d5f20da5825fb2875e6546b5f
121	2026-12-07T01:36:44.966Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bf69c2ef34b9ed2417cb7d76922b022a7e4a038d5f20da5825fb2875e6546b5f	d20b2f4e0d5f9c593dd2f67c0a945baa56b05e094dc4b68e48aeb1442164060e
122	2026-12-07T01:36:44.967Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	d20b2f4e0d5f9c593dd2f67c0a945baa56b05e094dc4b68e48aeb1442164060e	d2ba42a72975302e75afa4b8ae00855b801427abe5400caec15b1834e6724803
123	2026-12-07T01:36:44.967Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d2ba42a72975302e75afa4b8ae00855b801427abe5400caec15b1834e6724803	756cce339cee6aa945712f1972dbcc3151971e2cb46ed14281bd9a22d743de8f
124	2026-12-07T01:36:44.967Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	756cce339cee6aa945712f1972dbcc3151971e2cb46ed14281bd9a22d743de8f	761f41b0409e267216e93cbd5588aadf5d3b8814b4e70eabf99787b79ff7ca66
125	2026-12-07T01:36:44.968Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	761f41b0409e267216e93cbd5588aadf5d3b8814b4e70eabf99787b79ff7ca66	597d97dfd8bb30fe186d2f00f8fe2f3931695fcf60bb0253f2d0022cc9990d8b
126	2026-12-07T01:36:44.968Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	597d97dfd8bb30fe186d2f00f8fe2f3931695fcf60bb0253f2d0022cc9990d8b	8df488a44adf0ff6dc81f7c355e8c07bfb4a1c76ad86b3292a78632556e84cbf
127	2026-12-07T01:36:44.968Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8df488a44adf0ff6dc81f7c355e8c07bfb4a1c76ad86b3292a78632556e84cbf	133108558d0cc4e38defc546ba98db0620a665dddfc08fa2ee751a82fb3a7ab7
128	2026-12-07T01:36:44.969Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	133108558d0cc4e38defc546ba98db0620a665dddfc08fa2ee751a82fb3a7ab7	597a6d0edc71b7ab67e2768eb0c50e6c37dabec3c71e962946032bb1495371e9
129	2026-12-07T01:36:44.969Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	597a6d0edc71b7ab67e2768eb0c50e6c37dabec3c71e962946032bb1495371e9	46203224a515ac1c520b4ca2baf116abcf6187c9b29310ac3238f2c8bef668b6
130	2026-12-07T01:36:44.969Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	46203224a515ac1c520b4ca2baf116abcf6187c9b29310ac3238f2c8bef668b6	bda8fadffa028efbf6064110bd8a5e5d190a87738118a8af0ea1c53d9edd9394
131	2026-12-07T01:36:44.970Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	bda8fadffa028efbf6064110bd8a5e5d190a87738118a8af0ea1c53d9edd9394	af30464abc4792ee49b8ce483d6dd5cf2594f4d8538387aa23ce40ab85f56f50
132	2026-12-07T01:36:44.970Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	af30464abc4792ee49b8ce483d6dd5cf2594f4d8538387aa23ce40ab85f56f50	604d72b041983cbf83c6374c7394c4e7a9d9178485cdd2531d6dccb10591334f
133	2026-12-07T01:36:44.970Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	604d72b041983cbf83c6374c7394c4e7a9d9178485cdd2531d6dccb10591334f	080286096dacf80328e0bfc93fdc5cd1a24f5386b282afe1b8bda9226c20f59e
134	2026-12-07T01:36:44.971Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	080286096dacf80328e0bfc93fdc5cd1a24f5386b282afe1b8bda9226c20f59e	0a229a0e22064abe721b87aa8a29a1011d50e244768b13041c08cefadf02f062
135	2026-12-07T01:36:44.975Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	0a229a0e22064abe721b87aa8a29a1011d50e244768b13041c08cefadf02f062	69b8ad0221d87c8d60d35caecd72f7ceeb26f0388d5e49d82191ed1bc7408cbf
136	2026-12-07T01:36:44.978Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	69b8ad0221d87c8d60d35caecd72f7ceeb26f0388d5e49d82191ed1bc7408cbf	bbaf80de2c21d5d6ca764ff275da3d5abc6a7dcda9c915554cfe3be34d162045
137	2026-12-07T01:36:44.978Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	bbaf80de2c21d5d6ca764ff275da3d5abc6a7dcda9c915554cfe3be34d162045	f1dac2af226803327eb076f5ad382696f244e4ed864e8511d087ec33653d796f
138	2026-12-07T01:36:44.979Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f1dac2af226803327eb076f5ad382696f244e4ed864e8511d087ec33653d796f	7474da188bbd614d620d63ac78a48588af308bfce808442bb28b3725b4a36879
139	2026-12-07T01:36:44.979Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	7474da188bbd614d620d63ac78a48588af308bfce808442bb28b3725b4a36879	4e84f4ad07001df5cd198c9bdaf0073543148a56c640fab95c1aacb82f71d2cd
140	2026-12-07T01:36:44.980Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4e84f4ad07001df5cd198c9bdaf0073543148a56c640fab95c1aacb82f71d2cd	f2fb2da517168f3ff793dfe6dcfd8e397581b5c686fa8420ca41bfc6393cf3c1
141	2026-12-07T01:36:44.980Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	f2fb2da517168f3ff793dfe6dcfd8e397581b5c686fa8420ca41bfc6393cf3c1	eb2ba27aec60ad774b38865764182780cbedcecf7b367012fa729fd2eeb71c97
142	2026-12-07T01:36:44.980Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	eb2ba27aec60ad774b38865764182780cbedcecf7b367012fa729fd2eeb71c97	be85820eb1ff80d2bc03beba39185c687f8985fc9306d9a579fe3fc29cb8bb66
143	2026-12-07T01:36:44.981Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	be85820eb1ff80d2bc03beba39185c687f8985fc9306d9a579fe3fc29cb8bb66	f0e8b5bc280f3986624a2dc6a690ca985774432717db1e0a66adf734d9389577
144	2026-12-07T01:36:44.982Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f0e8b5bc280f3986624a2dc6a690ca985774432717db1e0a66adf734d9389577	a60ec1f3e81b7532f81036962b8d37661d369028495698e37cd3ab5198b69e85
145	2026-12-07T01:36:44.983Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	a60ec1f3e81b7532f81036962b8d37661d369028495698e37cd3ab5198b69e85	33d6be68d10d844156fd2eb547fe034dd5b9719917d8612f2917574fffc760a1
146	2026-12-07T01:36:44.983Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	33d6be68d10d844156fd2eb547fe034dd5b9719917d8612f2917574fffc760a1	96ffff5d4707d0c09ee36bea5b31d3f83fb646465f0f996a21d218d81e7aaae8
147	2026-12-07T01:36:44.984Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	96ffff5d4707d0c09ee36bea5b31d3f83fb646465f0f996a21d218d81e7aaae8	d24f711a4188dfa251c96d731e057be759320910791d60dab7e16e33a0cbfb1a
148	2026-12-07T01:36:44.987Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	d24f711a4188dfa251c96d731e057be759320910791d60dab7e16e33a0cbfb1a	ecc43a73c0632008e2ec30a007ecf6f7ec3bdef160bd5f93d87b140a3762703d
149	2026-12-07T01:36:44.987Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ecc43a73c0632008e2ec30a007ecf6f7ec3bdef160bd5f93d87b140a3762703d	fe6a4108a7465315551323db329a0eb6c117e84d0aec7c7654f777cb85c2d9d5
150	2026-12-07T01:36:44.988Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	fe6a4108a7465315551323db329a0eb6c117e84d0aec7c7654f777cb85c2d9d5	ae33629b1429b01e603e60c3d4953c9f46f2a849fc1c4ffde993cb3f3ebd6eb5
151	2026-12-07T01:36:44.988Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ae33629b1429b01e603e60c3d4953c9f46f2a849fc1c4ffde993cb3f3ebd6eb5	c81952871acccccaa09ddf2df85ce1950c0e00c5f81f345841d141cc40dc8059
152	2026-12-07T01:36:44.989Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	c81952871acccccaa09ddf2df85ce1950c0e00c5f81f345841d141cc40dc8059	21a6063c4660fe718bd4da7130069726bf0c4fda8413e95980b573f68f583fdd
153	2026-12-07T01:36:44.989Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	21a6063c4660fe718bd4da7130069726bf0c4fda8413e95980b573f68f583fdd	6b965d911391d79c383840348e4fa97c1a20baa851bcce6d1d0d3b15506537f0
154	2026-12-07T01:36:44.989Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	6b965d911391d79c383840348e4fa97c1a20baa851bcce6d1d0d3b15506537f0	78660a0afad0e647d17fdc6f592e686db1337727e5328283b0a7aa8bab544b5e
155	2026-12-07T01:36:44.990Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	78660a0afad0e647d17fdc6f592e686db1337727e5328283b0a7aa8bab544b5e	b86e627ca9347e07188620c2589b505795c5c15df20a81a8cc38c7d386194668
156	2026-12-07T01:36:44.990Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	b86e627ca9347e07188620c2589b505795c5c15df20a81a8cc38c7d386194668	28f7c75f04835c3a0a1e7c8a7bd77ee63605b66580b134c44043f98441c7e113
157	2026-12-07T01:36:44.990Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	28f7c75f04835c3a0a1e7c8a7bd77ee63605b66580b134c44043f98441c7e113	6eec0f8a8d8c61d5a5b88e50a2a5d638cd0602aba0c7cc215f42420335fa6db3
158	2026-12-07T01:36:44.991Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	6eec0f8a8d8c61d5a5b88e50a2a5d638cd0602aba0c7cc215f42420335fa6db3	1d3850a0813ccd9e9ca87bdd284e17c971530cf488dfce74a8b20891630d9165
159	2026-12-07T01:36:44.991Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1d3850a0813ccd9e9ca87bdd284e17c971530cf488dfce74a8b20891630d9165	3aff05c5eaa8e22aec076fe360ab153b675343bbd00487c89544a7065bd63575
160	2026-12-07T01:36:44.991Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	3aff05c5eaa8e22aec076fe360ab153b675343bbd00487c89544a7065bd63575	adca1e2d36739668d2fb24d82abff08265b749b1c51705cea305160a8f527c68
161	2026-12-07T01:36:44.992Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	adca1e2d36739668d2fb24d82abff08265b749b1c51705cea305160a8f527c68	2c1d5593eccada7b03c1e050833cb7dcb6fdfae61ef64ebc5e0dc4b4ce5f57f0
162	2026-12-07T01:36:44.992Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	2c1d5593eccada7b03c1e050833cb7dcb6fdfae61ef64ebc5e0dc4b4ce5f57f0	11c1f108c8974c1d1f07a86eb5dc301ada18653afe9ea9b54009d4e1721326ec
163	2026-12-07T01:36:44.992Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	11c1f108c8974c1d1f07a86eb5dc301ada18653afe9ea9b54009d4e1721326ec	518292d50de2535718d2b209815d49a5d9fb9c7d5aff2dac9431446e5365e421
164	2026-12-07T01:36:44.993Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	518292d50de2535718d2b209815d49a5d9fb9c7d5aff2dac9431446e5365e421	a957c56133277686cfbdc983ffa26f7b88e17dd7ee2466c3e4733e01c51b7470
165	2026-12-07T01:36:44.993Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	a957c56133277686cfbdc983ffa26f7b88e17dd7ee2466c3e4733e01c51b7470	1802df592381399d16f28c50ca827d858888810b22f53acd56c5ed7df70dc649
166	2026-12-07T01:36:44.994Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1802df592381399d16f28c50ca827d858888810b22f53acd56c5ed7df70dc649	88650583a72f35798a82a475a592081f854f30758f53e10afb82979508a01019
167	2026-12-07T01:36:44.998Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	88650583a72f35798a82a475a592081f854f30758f53e10afb82979508a01019	6a15710f74c60f18ff6ee023a683a9fc5d66a9e8b51bf2d4f4a97e9faba67f5a
168	2026-12-07T01:36:44.998Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6a15710f74c60f18ff6ee023a683a9fc5d66a9e8b51bf2d4f4a97e9faba67f5a	ea0a0d2ca86f0c9670b5480339b33da6b912b0a7cf423e8bcc25130ceca49a17
169	2026-12-07T01:36:44.999Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	ea0a0d2ca86f0c9670b5480339b33da6b912b0a7cf423e8bcc25130ceca49a17	33c403288e1d6d392b01267162a3bb1d125f086c3241d0477d573c58b065202c
170	2026-12-07T01:36:44.999Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	33c403288e1d6d392b01267162a3bb1d125f086c3241d0477d573c58b065202c	d32645b47da3d29898c34a78ee16b20928ae6a980c9d66cd417bb3e040c1adc0
171	2026-12-07T01:36:44.999Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	d32645b47da3d29898c34a78ee16b20928ae6a980c9d66cd417bb3e040c1adc0	1ba67ef3a363f15c230213a8fba15c909a7cd5b5d5d8933b08f6c9ba3108a76d
172	2026-12-07T01:36:45.000Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1ba67ef3a363f15c230213a8fba15c909a7cd5b5d5d8933b08f6c9ba3108a76d	4001bec5a1738e623252302d502056dd9ad45e7bc155bbccd8e1302bfcc6dac4
173	2026-12-07T01:36:45.000Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	4001bec5a1738e623252302d502056dd9ad45e7bc155bbccd8e1302bfcc6dac4	d1021a0d00d370594b984003f0a0c36a9ee46910678c42b858768eedca34d229
174	2026-12-07T01:36:45.000Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d1021a0d00d370594b984003f0a0c36a9ee46910678c42b858768eedca34d229	f5b7aba1f059c003134179ec55766ac1519941c6c7f8cd203b2931ca7a18e783
175	2026-12-07T01:36:45.001Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	f5b7aba1f059c003134179ec55766ac1519941c6c7f8cd203b2931ca7a18e783	91af8a785c50df6f9e9a990f25d6c2691d272d24a7580f9745def64fc9b8fd5d
176	2026-12-07T01:36:45.001Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	91af8a785c50df6f9e9a990f25d6c2691d272d24a7580f9745def64fc9b8fd5d	b05be45108d3f68b455afa6f75e308160992f8c0b1660f4299e0fe99b2bfa0f9
177	2026-12-07T01:36:45.001Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	b05be45108d3f68b455afa6f75e308160992f8c0b1660f4299e0fe99b2bfa0f9	18f4b99fe44b34e470fe2afd5aa96c17dc853f0fc314996bfa12ff8a758c7cba
178	2026-12-07T01:36:45.003Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	18f4b99fe44b34e470fe2afd5aa96c17dc853f0fc314996bfa12ff8a758c7cba	61f37619858f48de5c99a92d5f1e03717f176be54b1ce71cac41ca6d4816bea6
179	2026-12-07T01:36:45.003Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	61f37619858f48de5c99a92d5f1e03717f176be54b1ce71cac41ca6d4816bea6	8142221ba3f24a682d28f42e3e13874e30dbb6eddff38b2c363efbbb66b5cf29
180	2026-12-07T01:36:45.004Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	8142221ba3f24a682d28f42e3e13874e30dbb6eddff38b2c363efbbb66b5cf29	be0d8e7cc462c95d9d1a8a0e574dc394f9a7c4f302d5f49d83f8f3ea89cccd3e
181	2026-12-07T01:36:45.004Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	be0d8e7cc462c95d9d1a8a0e574dc394f9a7c4f302d5f49d83f8f3ea89cccd3e	bd198143d9e1c443154c69a1d173a5b26b14fe4c8a19bd7b5f4374f2d012d526
182	2026-12-07T01:36:45.004Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	bd198143d9e1c443154c69a1d173a5b26b14fe4c8a19bd7b5f4374f2d012d526	5b16783d34ea1833ede3ba1c5b77f2b4b557c323a44748c43ff544b1afc17a9a
183	2026-12-07T01:36:45.008Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5b16783d34ea1833ede3ba1c5b77f2b4b557c323a44748c43ff544b1afc17a9a	ceb01fc776d2904885ae1d2665319a28efe51167ce12d26103180396d18d80a6
184	2026-12-07T01:36:45.008Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	ceb01fc776d2904885ae1d2665319a28efe51167ce12d26103180396d18d80a6	ab707da69a37f2403dbf31aa65c08bb829e526cd81831efa7bb2673a8a041610
185	2026-12-07T01:36:45.008Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ab707da69a37f2403dbf31aa65c08bb829e526cd81831efa7bb2673a8a041610	e3d4e5bc654a5c247aa994492fe3aad06563e68a490aa45f77c3663e293f4506
186	2026-12-07T01:36:45.009Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	e3d4e5bc654a5c247aa994492fe3aad06563e68a490aa45f77c3663e293f4506	5f250d315be500d65c1a2bdfa817b92d1724689ac95c744120024dde6f184a42
187	2026-12-07T01:36:45.009Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5f250d315be500d65c1a2bdfa817b92d1724689ac95c744120024dde6f184a42	2e62f5a1809e1a7a59aff3edf8a9e9d73f85c3c091a47f7c83c2fb050044ae45
188	2026-12-07T01:36:45.009Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	2e62f5a1809e1a7a59aff3edf8a9e9d73f85c3c091a47f7c83c2fb050044ae45	b8dd0fd708d1fde24bab5588837d549be62a97da19bf8122bb65ea7cada385a7
189	2026-12-07T01:36:45.010Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b8dd0fd708d1fde24bab5588837d549be62a97da19bf8122bb65ea7cada385a7	b69b26b8c9155a4c1e0c4ec09ccae6331c7c0e5d2d041b1bee8318d9165c7b79
190	2026-12-07T01:36:45.010Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	b69b26b8c9155a4c1e0c4ec09ccae6331c7c0e5d2d041b1bee8318d9165c7b79	df4055e9d760ed1e1f6241d0c1a3a70225dedae9e67dc46ee2c9d4a2742d0df6
191	2026-12-07T01:36:45.010Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	df4055e9d760ed1e1f6241d0c1a3a70225dedae9e67dc46ee2c9d4a2742d0df6	052fc4bc1af25c3fe41cf4e4edd8c9c6c7517591870c949d9381579941268ff7
192	2026-12-07T01:36:45.011Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	052fc4bc1af25c3fe41cf4e4edd8c9c6c7517591870c949d9381579941268ff7	988208a75f897498addacf30348582f60238d95bd0a4a016b48b8b5f801d9e4d
193	2026-12-07T01:36:45.011Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	988208a75f897498addacf30348582f60238d95bd0a4a016b48b8b5f801d9e4d	99204862143825ddd591581e9348ca4b45d0442cd80a4f7bd23b5ae7e75cebae
194	2026-12-07T01:36:45.013Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	99204862143825ddd591581e9348ca4b45d0442cd80a4f7bd23b5ae7e75cebae	b1c2da4d5cdb2607c151eac5cb3ef1ba46ebafa5d3546d31ef8cf596a7613fd8
195	2026-12-07T01:36:45.014Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	b1c2da4d5cdb2607c151eac5cb3ef1ba46ebafa5d3546d31ef8cf596a7613fd8	070c5463312d3333f8161ac8ec616e6560afd4100813124f810698fc32cc634c
196	2026-12-07T01:36:45.014Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	070c5463312d3333f8161ac8ec616e6560afd4100813124f810698fc32cc634c	2cce4f97af21b713a889eec43bf1641da438761e0b8f8bd0ddb9521fd93a8497
197	2026-12-07T01:36:45.014Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	2cce4f97af21b713a889eec43bf1641da438761e0b8f8bd0ddb9521fd93a8497	b3fa6c520a547827e6d218352f39c59dff99197dfdde4bac36f1ca402c37a0c2
198	2026-12-07T01:36:45.015Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b3fa6c520a547827e6d218352f39c59dff99197dfdde4bac36f1ca402c37a0c2	88c471490e91533a4f7c8116cae555c3e5fcbb9906ead36d770e30a51899665d
199	2026-12-07T01:36:45.015Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	88c471490e91533a4f7c8116cae555c3e5fcbb9906ead36d770e30a51899665d	af7e80bc0cc81197b57f1d0db9575c5de0f36ca5ba70fd8ec2310fe4a83d164d
200	2026-12-07T01:36:45.022Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	af7e80bc0cc81197b57f1d0db9575c5de0f36ca5ba70fd8ec2310fe4a83d164d	227f1439bfff92d2b00367a4b20baf5a60a25d257aff870c2ef35683dd4a343c
201	2026-12-07T01:36:45.023Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	227f1439bfff92d2b00367a4b20baf5a60a25d257aff870c2ef35683dd4a343c	415b5e9fdfc7a87ef90dc13e8cb05fd2d06e7fbfdbd461b57f9173052282fd41
202	2026-12-07T01:36:45.024Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	415b5e9fdfc7a87ef90dc13e8cb05fd2d06e7fbfdbd461b57f9173052282fd41	e2d798a845a3e824a357da8d45e1e55cbb30aa8c4864323f001124dc12afe75e
203	2026-12-07T01:36:45.024Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	e2d798a845a3e824a357da8d45e1e55cbb30aa8c4864323f001124dc12afe75e	7b80225527b3815af1275f9d530a10deda5f252d8d4edfc005e3ae0ce0349404
204	2026-12-07T01:36:45.025Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7b80225527b3815af1275f9d530a10deda5f252d8d4edfc005e3ae0ce0349404	633921fc55c6a49484274af515f6e5195ad66b9f4aaa5609faf63bb9231c1736
205	2026-12-07T01:36:45.025Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	633921fc55c6a49484274af515f6e5195ad66b9f4aaa5609faf63bb9231c1736	ef9b0c07b922f33f4aa5fa577105c902c60cb9c736815415ef4430d789fc98b3
206	2026-12-07T01:36:45.025Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	ef9b0c07b922f33f4aa5fa577105c902c60cb9c736815415ef4430d789fc98b3	97790320553963d7212e5d1e6b35765f6bf02d95cf435a7829a6aa381eb70469
207	2026-12-07T01:36:45.026Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	97790320553963d7212e5d1e6b35765f6bf02d95cf435a7829a6aa381eb70469	729979cff5f056f154f702e27d386645b690dfd2695828c14bd33b9a8cf38f93
208	2026-12-07T01:36:45.026Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	729979cff5f056f154f702e27d386645b690dfd2695828c14bd33b9a8cf38f93	3a32bc5e913ad550654f158c021ba69939b3666d85d236bef014e1fb46c3529d
209	2026-12-07T01:36:45.027Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	3a32bc5e913ad550654f158c021ba69939b3666d85d236bef014e1fb46c3529d	e8015c0ed00055c6d313ac846b53fba2e55dae5d579dbbb32f0beebd1d72dbc6
210	2026-12-07T01:36:45.027Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	e8015c0ed00055c6d313ac846b53fba2e55dae5d579dbbb32f0beebd1d72dbc6	5187a2400432286de6d5245e3ef6cd3f53d89f6f7129b29ca2d30754385a4c2f
211	2026-12-07T01:36:45.027Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5187a2400432286de6d5245e3ef6cd3f53d89f6f7129b29ca2d30754385a4c2f	bf36b606bc6e0a88772e188cddb49f5a814587627e8a027b4386ee5cbcdda970
212	2026-12-07T01:36:45.029Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	bf36b606bc6e0a88772e188cddb49f5a814587627e8a027b4386ee5cbcdda970	9ef3761752a5631b441d69dadb64549ea2bda13089a300bfd62a5dabc416a0ea
213	2026-12-07T01:36:45.029Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9ef3761752a5631b441d69dadb64549ea2bda13089a300bfd62a5dabc416a0ea	650cd710132e2484ae1f20f66a852b2cff3a715efbf3aa052dd24ac42e678dd7
214	2026-12-07T01:36:45.030Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	650cd710132e2484ae1f20f66a852b2cff3a715efbf3aa052dd24ac42e678dd7	d05dd66d3e7584ce83ed49c90b1269e2fdf416caaab2a676e13dc2f3edd715bd
215	2026-12-07T01:36:45.030Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d05dd66d3e7584ce83ed49c90b1269e2fdf416caaab2a676e13dc2f3edd715bd	b776ddf5d99e1b2b083d4f691ec9e017f667abc02c3a67baec0a0a959e623c99
216	2026-12-07T01:36:45.030Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	b776ddf5d99e1b2b083d4f691ec9e017f667abc02c3a67baec0a0a959e623c99	5cab6c5349209583a91bf4dfcfd3d5d4a10c318d58aee667d22d5297f248d038
217	2026-12-07T01:36:45.031Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5cab6c5349209583a91bf4dfcfd3d5d4a10c318d58aee667d22d5297f248d038	be9487a54e494e562359d65a0b0a2b9bc720a5be881ca142d995414366e2a060
218	2026-12-07T01:36:45.035Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	be9487a54e494e562359d65a0b0a2b9bc720a5be881ca142d995414366e2a060	13dd4dda51f7f134219332689149a9591d8e0eefd4e43b2973962eb54234fa6a
219	2026-12-07T01:36:45.036Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	13dd4dda51f7f134219332689149a9591d8e0eefd4e43b2973962eb54234fa6a	28a63bdda3a013938bd48faf7b47890dc9a09d7caa5d32d65c4e75ef065eab5d
220	2026-12-07T01:36:45.036Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	28a63bdda3a013938bd48faf7b47890dc9a09d7caa5d32d65c4e75ef065eab5d	cae214f40780aaa8b72a999f97dbbfdfd67376aeac3f828413705a0208ab923a
221	2026-12-07T01:36:45.036Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	cae214f40780aaa8b72a999f97dbbfdfd67376aeac3f828413705a0208ab923a	07e0262f604f2e05a1ff9b4220d40a6c7203e66e589f71b5802013b72aba5b1e
222	2026-12-07T01:36:45.037Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	07e0262f604f2e05a1ff9b4220d40a6c7203e66e589f71b5802013b72aba5b1e	34dea62e5c955b79809844603a83db29daa89d4c6682d038fcb3608935343ba1
223	2026-12-07T01:36:45.037Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	34dea62e5c955b79809844603a83db29daa89d4c6682d038fcb3608935343ba1	642e7d7263089d2fb48729cdd276386696a182a17059ae3c3e0159e8bb66f5e5
224	2026-12-07T01:36:45.038Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	642e7d7263089d2fb48729cdd276386696a182a17059ae3c3e0159e8bb66f5e5	f49a214b84384a5ca001770e19c0c68c2af48210f634345b4aa1b620bc737761
225	2026-12-07T01:36:45.039Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	f49a214b84384a5ca001770e19c0c68c2af48210f634345b4aa1b620bc737761	c69339d5e011c78a02b7c66395b9d6065268ff4bf57f96942f4df262ef6a3091
226	2026-12-07T01:36:45.039Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c69339d5e011c78a02b7c66395b9d6065268ff4bf57f96942f4df262ef6a3091	42c3d65cd9311103775a3b9528d19075e3e3bd2fc49cef64a240766d4df23799
227	2026-12-07T01:36:45.040Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	42c3d65cd9311103775a3b9528d19075e3e3bd2fc49cef64a240766d4df23799	496ebbf1375c7f8ea476ff1b1bb6570d3dc26d149b3100890f3c0841adfff937
228	2026-12-07T01:36:45.040Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	496ebbf1375c7f8ea476ff1b1bb6570d3dc26d149b3100890f3c0841adfff937	bfc3d679abe6cdfb3b6626c8ca7c27be8bf71f553e66b7a0c184e24fb4da8ef6
229	2026-12-07T01:36:45.040Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	bfc3d679abe6cdfb3b6626c8ca7c27be8bf71f553e66b7a0c184e24fb4da8ef6	b667a6d0a1ab7414c02aa3722d92c4492da832b944e982e53191348d192fb0c8
230	2026-12-07T01:36:45.044Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b667a6d0a1ab7414c02aa3722d92c4492da832b944e982e53191348d192fb0c8	0879cc861aa77bfc85f783e5c72dd9abdb4b5595c5fb6ea398de01cc4d00fa9d
231	2026-12-07T01:36:45.044Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	0879cc861aa77bfc85f783e5c72dd9abdb4b5595c5fb6ea398de01cc4d00fa9d	ff4b138e33b079cfd362d986046f6fbef4d7f85d2ec792ffc817cccbb79b46ee
232	2026-12-07T01:36:45.044Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ff4b138e33b079cfd362d986046f6fbef4d7f85d2ec792ffc817cccbb79b46ee	fc527cd6513c561362e9842fc808f216a0ea60e47d39afb50f6fda78ff01c6d6
233	2026-12-07T01:36:45.045Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	fc527cd6513c561362e9842fc808f216a0ea60e47d39afb50f6fda78ff01c6d6	b68c1a04c5dbaa38ace11f43ad8a7628683aed6c7887844777fd7b174302ddd0
234	2026-12-07T01:36:45.248Z	\N	system	create	user	1	\N	{"created_at":1796607405,"disabled":false,"display_name":"Quản trị hệ thống","id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	b68c1a04c5dbaa38ace11f43ad8a7628683aed6c7887844777fd7b174302ddd0	f2e2fc77432ffb8e825c3a2df1353adc15ca5db25f0d4953b3c8a660bd96e4a6
235	2026-12-07T01:36:45.413Z	\N	system	create	user	2	\N	{"created_at":1796607405,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	f2e2fc77432ffb8e825c3a2df1353adc15ca5db25f0d4953b3c8a660bd96e4a6	3dfff1d260bb3ece12dfe5d5bfbdfaf7838f045b90b3a79ad4f202e535052460
236	2026-12-07T01:36:45.606Z	\N	system	create	user	3	\N	{"created_at":1796607405,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	3dfff1d260bb3ece12dfe5d5bfbdfaf7838f045b90b3a79ad4f202e535052460	49ad19a346dc3ebe5c404c27ca52e415e101f45f6b55a3793a4031cc8519567d
237	2026-12-07T01:36:45.833Z	\N	system	create	user	4	\N	{"created_at":1796607405,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	49ad19a346dc3ebe5c404c27ca52e415e101f45f6b55a3793a4031cc8519567d	4d52ff81b5801ce06db79179f05a75e340dd8574a671363e6b14ab1e12cd3bab
238	2026-12-07T01:36:46.120Z	\N	system	create	user	5	\N	{"created_at":1796607406,"disabled":false,"display_name":"Cán bộ phường Long Bình","id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	4d52ff81b5801ce06db79179f05a75e340dd8574a671363e6b14ab1e12cd3bab	3470c582e1e3101cc6ef33e315c7c84ae81230a9a48246ca1914d65b4d1b09a7
239	2026-12-07T01:36:46.140Z	\N	system	create	target	1	\N	{"baseline":null,"code":"DV","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ đạt 10%/năm.","direction":"higher","due_days":15,"id":1,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất khu vực dịch vụ","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":10.0,"unit_of_measure":"%","weight":1.0,"year":2019}	3470c582e1e3101cc6ef33e315c7c84ae81230a9a48246ca1914d65b4d1b09a7	7619577c494b40fe56f1979b08fbc673c75a8cf60e1816b77c7d968bfb5cb1e0
240	2026-12-07T01:36:46.145Z	\N	system	create	target	2	\N	{"baseline":null,"code":"CN","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu thủ công nghiệp đạt 11%/năm.","direction":"higher","due_days":15,"id":2,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":11.0,"unit_of_measure":"%","weight":1.0,"year":2019}	7619577c494b40fe56f1979b08fbc673c75a8cf60e1816b77c7d968bfb5cb1e0	7a3d921a7766e38e87d331043959accd3d2a6630ddf5a6387e2f6ae980322d4e
241	2026-12-07T01:36:46.148Z	\N	system	create	target	3	\N	{"baseline":null,"code":"NS","description":"Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.","direction":"higher","due_days":15,"id":3,"kind":"range","leader_person_id":1,"name":"Thu ngân sách nhà nước vượt dự toán","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":8.0,"target_low":6.0,"unit_of_measure":"%","weight":1.0,"year":2019}	7a3d921a7766e38e87d331043959accd3d2a6630ddf5a6387e2f6ae980322d4e	0a2c452bec2c8979a9cf93b5e9392b0c04031f321fbc7cfbe42339f67e05dfc7
242	2026-12-07T01:36:46.150Z	\N	system	create	target	4	\N	{"baseline":null,"code":"XDCB","description":"Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận quản lý đạt 250 tỷ đồng.","direction":"higher","due_days":10,"id":4,"kind":"amount","leader_person_id":3,"name":"Giải ngân vốn đầu tư xây dựng cơ bản","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"none","target_high":null,"target_low":250.0,"unit_of_measure":"tỷ đồng","weight":1.0,"year":2019}	0a2c452bec2c8979a9cf93b5e9392b0c04031f321fbc7cfbe42339f67e05dfc7	dc16a0d09d66f6543ed288f3fe47025d2e234490d1b765c214472d3ea34e660e
243	2026-12-07T01:36:46.151Z	\N	system	create	target	5	\N	{"baseline":null,"code":"HN","description":"Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân (giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).","direction":"higher","due_days":10,"id":5,"kind":"reduction","leader_person_id":2,"name":"Giảm hộ nghèo, hộ cận nghèo","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"sum","target_high":null,"target_low":1600.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	dc16a0d09d66f6543ed288f3fe47025d2e234490d1b765c214472d3ea34e660e	e32ee1063f1a22a5f7946a77ecb0035a7bf4793cf94b4e6e388c7b9aa885e79b
244	2026-12-07T01:36:46.152Z	\N	system	create	target	6	\N	{"baseline":null,"code":"PP","description":"Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.","direction":"higher","due_days":15,"id":6,"kind":"reduction","leader_person_id":1,"name":"Kéo giảm tỷ lệ phạm pháp hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"wavg","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":1.0,"year":2019}	e32ee1063f1a22a5f7946a77ecb0035a7bf4793cf94b4e6e388c7b9aa885e79b	69ee0b3b580af0e1df7df2639431a60f9bb206135ed8f744d3afed4dd34178f3
245	2026-12-07T01:36:46.152Z	\N	system	create	target	7	\N	{"baseline":null,"code":"DT","description":"Nâng tỷ lệ điều tra, phá án hình sự trên 70%.","direction":"higher","due_days":15,"id":7,"kind":"ratio","leader_person_id":1,"name":"Tỷ lệ điều tra, phá án hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":70.0,"unit_of_measure":"%","weight":1.0,"year":2019}	69ee0b3b580af0e1df7df2639431a60f9bb206135ed8f744d3afed4dd34178f3	8d4e7aa3ad39126fa5a9c99e2598753958846046ea9b00420a00f218729b7122
246	2026-12-07T01:36:46.153Z	\N	system	create	target	8	\N	{"baseline":null,"code":"TDP","description":"Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.","direction":"higher","due_days":15,"id":8,"kind":"share","leader_person_id":1,"name":"Tổ dân phố đạt tự quản về an ninh trật tự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"share","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":1.0,"year":2019}	8d4e7aa3ad39126fa5a9c99e2598753958846046ea9b00420a00f218729b7122	959a991c8f1c7507a11b4255cab19803806a78a547dff3684caa448ea693d553
247	2026-12-07T01:36:46.156Z	\N	system	create	target	9	\N	{"baseline":null,"code":"HN.Q9.HIEPPHU","description":"Phần chỉ tiêu HN của Phường Hiệp Phú, phân bổ theo quy mô dân số: giảm 146 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":9,"kind":"reduction","leader_person_id":22,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Hiệp Phú","owner_unit_id":18,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":146.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	959a991c8f1c7507a11b4255cab19803806a78a547dff3684caa448ea693d553	3d43e6fe8acb7cd9538959f0bfe742c48cd96df0c1fe463c592fc5bd9b5fc658
248	2026-12-07T01:36:46.157Z	\N	system	create	target	10	\N	{"baseline":null,"code":"PP.Q9.HIEPPHU","description":"Phần chỉ tiêu PP của Phường Hiệp Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":10,"kind":"reduction","leader_person_id":22,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	3d43e6fe8acb7cd9538959f0bfe742c48cd96df0c1fe463c592fc5bd9b5fc658	0b83d93860b53cd8c2c370f35c3b12528a5d3edcdf04d074d8c80aa05680b609
249	2026-12-07T01:36:46.158Z	\N	system	create	target	11	\N	{"baseline":null,"code":"TDP.Q9.HIEPPHU","description":"Phần chỉ tiêu TDP của Phường Hiệp Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":11,"kind":"share","leader_person_id":22,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	0b83d93860b53cd8c2c370f35c3b12528a5d3edcdf04d074d8c80aa05680b609	7db6fa8b9e07b52eba939558edca8ab28e7c987c43275a399a1413b19bb1ee50
250	2026-12-07T01:36:46.160Z	\N	system	create	target	12	\N	{"baseline":null,"code":"HN.Q9.LONGBINH","description":"Phần chỉ tiêu HN của Phường Long Bình, phân bổ theo quy mô dân số: giảm 117 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":12,"kind":"reduction","leader_person_id":30,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Bình","owner_unit_id":25,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":117.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	7db6fa8b9e07b52eba939558edca8ab28e7c987c43275a399a1413b19bb1ee50	5ca17e03c7b2d153b090477425ae11e88b3c51f2c2f34400d507a59141bd33d5
251	2026-12-07T01:36:46.163Z	\N	system	create	target	13	\N	{"baseline":null,"code":"PP.Q9.LONGBINH","description":"Phần chỉ tiêu PP của Phường Long Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":13,"kind":"reduction","leader_person_id":30,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Bình","owner_unit_id":25,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.3300000000000001,"year":2019}	5ca17e03c7b2d153b090477425ae11e88b3c51f2c2f34400d507a59141bd33d5	deda4affe9ffae1b874e53e562d2da9c3913be951df4e7cd8212cd3231eb45ad
252	2026-12-07T01:36:46.170Z	\N	system	create	target	14	\N	{"baseline":null,"code":"TDP.Q9.LONGBINH","description":"Phần chỉ tiêu TDP của Phường Long Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":14,"kind":"share","leader_person_id":30,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Bình","owner_unit_id":25,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	deda4affe9ffae1b874e53e562d2da9c3913be951df4e7cd8212cd3231eb45ad	f8f6c4265376d02b91b562ea20c48d7f64db29144e7624f759e6d6a779085fd4
253	2026-12-07T01:36:46.171Z	\N	system	create	target	15	\N	{"baseline":null,"code":"HN.Q9.LONGPHUOC","description":"Phần chỉ tiêu HN của Phường Long Phước, phân bổ theo quy mô dân số: giảm 42 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":15,"kind":"reduction","leader_person_id":38,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Phước","owner_unit_id":32,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":42.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	f8f6c4265376d02b91b562ea20c48d7f64db29144e7624f759e6d6a779085fd4	bd27f067717ef761269bc51829804a76feb2eecd08fb011193947e9565778d95
254	2026-12-07T01:36:46.176Z	\N	system	create	target	16	\N	{"baseline":null,"code":"PP.Q9.LONGPHUOC","description":"Phần chỉ tiêu PP của Phường Long Phước: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":16,"kind":"reduction","leader_person_id":38,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Phước","owner_unit_id":32,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":2.6400000000000001,"year":2019}	bd27f067717ef761269bc51829804a76feb2eecd08fb011193947e9565778d95	cffd1e3f3b3320925d15e44a68fac5fd63487424e367700373971a9c3296509c
255	2026-12-07T01:36:46.180Z	\N	system	create	target	17	\N	{"baseline":null,"code":"TDP.Q9.LONGPHUOC","description":"Phần chỉ tiêu TDP của Phường Long Phước: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":17,"kind":"share","leader_person_id":38,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Phước","owner_unit_id":32,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	cffd1e3f3b3320925d15e44a68fac5fd63487424e367700373971a9c3296509c	1f33ad975e588effbbed7a6d9a55cee045bd0fca93c0da3620a25996d32b3e0d
256	2026-12-07T01:36:46.181Z	\N	system	create	target	18	\N	{"baseline":null,"code":"HN.Q9.LONGTHANHMY","description":"Phần chỉ tiêu HN của Phường Long Thạnh Mỹ, phân bổ theo quy mô dân số: giảm 169 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":18,"kind":"reduction","leader_person_id":46,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":169.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	1f33ad975e588effbbed7a6d9a55cee045bd0fca93c0da3620a25996d32b3e0d	653ad5671609fe3ccce3c38c68a566f1c72a57551ded6a17cf599dfedb1ee2ac
257	2026-12-07T01:36:46.181Z	\N	system	create	target	19	\N	{"baseline":null,"code":"PP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu PP của Phường Long Thạnh Mỹ: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":19,"kind":"reduction","leader_person_id":46,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":10.56,"year":2019}	653ad5671609fe3ccce3c38c68a566f1c72a57551ded6a17cf599dfedb1ee2ac	d93805a075b803cec2fb370f74a093ebea1eff7c97dc9d9fc9f8ce5fa88e6e3b
258	2026-12-07T01:36:46.182Z	\N	system	create	target	20	\N	{"baseline":null,"code":"TDP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu TDP của Phường Long Thạnh Mỹ: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":20,"kind":"share","leader_person_id":46,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	d93805a075b803cec2fb370f74a093ebea1eff7c97dc9d9fc9f8ce5fa88e6e3b	6eb5d648bfeb572df3538c0c10a065525d1adfa5c04b9791aa454aa52b71fd21
259	2026-12-07T01:36:46.183Z	\N	system	create	target	21	\N	{"baseline":null,"code":"HN.Q9.LONGTRUONG","description":"Phần chỉ tiêu HN của Phường Long Trường, phân bổ theo quy mô dân số: giảm 85 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":21,"kind":"reduction","leader_person_id":54,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Trường","owner_unit_id":46,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":85.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	6eb5d648bfeb572df3538c0c10a065525d1adfa5c04b9791aa454aa52b71fd21	eed2278ab5d966e2a1b222f60a00bdfca94ee7daa16f381adbee38db4442e2ac
260	2026-12-07T01:36:46.200Z	\N	system	create	target	22	\N	{"baseline":null,"code":"PP.Q9.LONGTRUONG","description":"Phần chỉ tiêu PP của Phường Long Trường: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":22,"kind":"reduction","leader_person_id":54,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Trường","owner_unit_id":46,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.2800000000000002,"year":2019}	eed2278ab5d966e2a1b222f60a00bdfca94ee7daa16f381adbee38db4442e2ac	b7afceb83ac2221d7f96c37a6d9877a7069cae21cfb6c5e97fa27525e261b644
261	2026-12-07T01:36:46.201Z	\N	system	create	target	23	\N	{"baseline":null,"code":"TDP.Q9.LONGTRUONG","description":"Phần chỉ tiêu TDP của Phường Long Trường: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":23,"kind":"share","leader_person_id":54,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Trường","owner_unit_id":46,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	b7afceb83ac2221d7f96c37a6d9877a7069cae21cfb6c5e97fa27525e261b644	7c803de75e5b3fbd9f5f82f1ee80c458c21d788e1dda39290e7b2b3495cc003d
297	2026-12-07T01:36:46.245Z	\N	system	report	measurement	12	\N	{"corrects":null,"evidence":null,"id":12,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":7,"unit_id":2,"value":71.299999999999997}	5a4c99196d6f0762214b0b10756a4da39eb0f42ed97ff1cdde7338d15c44d3fb	18bf47b5a43511606438f012599374f6ff273c7d25aaf89a8e516931f93b3636
262	2026-12-07T01:36:46.202Z	\N	system	create	target	24	\N	{"baseline":null,"code":"HN.Q9.PHUHUU","description":"Phần chỉ tiêu HN của Phường Phú Hữu, phân bổ theo quy mô dân số: giảm 113 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":24,"kind":"reduction","leader_person_id":62,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phú Hữu","owner_unit_id":53,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":113.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	7c803de75e5b3fbd9f5f82f1ee80c458c21d788e1dda39290e7b2b3495cc003d	84c9c3ad773ad56e74f3098489436bfbe67ca02ed54487f5a48bf6a305d5575a
263	2026-12-07T01:36:46.203Z	\N	system	create	target	25	\N	{"baseline":null,"code":"PP.Q9.PHUHUU","description":"Phần chỉ tiêu PP của Phường Phú Hữu: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":25,"kind":"reduction","leader_person_id":62,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phú Hữu","owner_unit_id":53,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.04,"year":2019}	84c9c3ad773ad56e74f3098489436bfbe67ca02ed54487f5a48bf6a305d5575a	6eedf093c08033cdfb5e224c601736b1f5a8ae8312e9ac2bc6d833d3462d2f7f
264	2026-12-07T01:36:46.204Z	\N	system	create	target	26	\N	{"baseline":null,"code":"TDP.Q9.PHUHUU","description":"Phần chỉ tiêu TDP của Phường Phú Hữu: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":26,"kind":"share","leader_person_id":62,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phú Hữu","owner_unit_id":53,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	6eedf093c08033cdfb5e224c601736b1f5a8ae8312e9ac2bc6d833d3462d2f7f	01f993d61641da2657c3556ec8630f519ca7f08e63a7f568473124ebbe397029
265	2026-12-07T01:36:46.205Z	\N	system	create	target	27	\N	{"baseline":null,"code":"HN.Q9.PHUOCBINH","description":"Phần chỉ tiêu HN của Phường Phước Bình, phân bổ theo quy mô dân số: giảm 89 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":27,"kind":"reduction","leader_person_id":70,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Bình","owner_unit_id":60,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":89.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	01f993d61641da2657c3556ec8630f519ca7f08e63a7f568473124ebbe397029	ffcc29ff0fe9bfe2ee214476351d3c1006fc4e7e66bb51e73b65b5c5b2244762
266	2026-12-07T01:36:46.206Z	\N	system	create	target	28	\N	{"baseline":null,"code":"PP.Q9.PHUOCBINH","description":"Phần chỉ tiêu PP của Phường Phước Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":28,"kind":"reduction","leader_person_id":70,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Bình","owner_unit_id":60,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.5700000000000003,"year":2019}	ffcc29ff0fe9bfe2ee214476351d3c1006fc4e7e66bb51e73b65b5c5b2244762	6b55c986be03b67f5c16f15692c8732e7ca32fa1fee12cbefe30f77b8d86766a
267	2026-12-07T01:36:46.206Z	\N	system	create	target	29	\N	{"baseline":null,"code":"TDP.Q9.PHUOCBINH","description":"Phần chỉ tiêu TDP của Phường Phước Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":29,"kind":"share","leader_person_id":70,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Bình","owner_unit_id":60,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	6b55c986be03b67f5c16f15692c8732e7ca32fa1fee12cbefe30f77b8d86766a	0052814b6f4189a1f774a033c8aa543e194c38fe9bc0ea152af1a64236097a00
268	2026-12-07T01:36:46.207Z	\N	system	create	target	30	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGA","description":"Phần chỉ tiêu HN của Phường Phước Long A, phân bổ theo quy mô dân số: giảm 99 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":30,"kind":"reduction","leader_person_id":78,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long A","owner_unit_id":67,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":99.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	0052814b6f4189a1f774a033c8aa543e194c38fe9bc0ea152af1a64236097a00	eb43e17dd744681d1074ed1eb1f416e9633ea9fdabca9766c16bd3f895ff67af
269	2026-12-07T01:36:46.212Z	\N	system	create	target	31	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu PP của Phường Phước Long A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":31,"kind":"reduction","leader_person_id":78,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long A","owner_unit_id":67,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.1600000000000001,"year":2019}	eb43e17dd744681d1074ed1eb1f416e9633ea9fdabca9766c16bd3f895ff67af	9ae135452cdacc194cb0a66cd726d3c397b15c72c07be840c5c33e8b7be9a71d
270	2026-12-07T01:36:46.212Z	\N	system	create	target	32	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu TDP của Phường Phước Long A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":32,"kind":"share","leader_person_id":78,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long A","owner_unit_id":67,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	9ae135452cdacc194cb0a66cd726d3c397b15c72c07be840c5c33e8b7be9a71d	15dd8c027322ca79df66cb5668ee01bdb342c77269bf6e9356c90730e2baacf3
271	2026-12-07T01:36:46.213Z	\N	system	create	target	33	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGB","description":"Phần chỉ tiêu HN của Phường Phước Long B, phân bổ theo quy mô dân số: giảm 244 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":33,"kind":"reduction","leader_person_id":86,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long B","owner_unit_id":74,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":244.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	15dd8c027322ca79df66cb5668ee01bdb342c77269bf6e9356c90730e2baacf3	9ef64406de371352ff7d18cb82017e097443527e76443261bd73fb71b49929cd
298	2026-12-07T01:36:46.245Z	\N	system	report	measurement	13	\N	{"corrects":null,"evidence":null,"id":13,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":1,"unit_id":2,"value":10.6}	18bf47b5a43511606438f012599374f6ff273c7d25aaf89a8e516931f93b3636	286cc4e0d65d4125126ebaa803dbd5bf559e45bccdf8e4b4567f690946c6d275
272	2026-12-07T01:36:46.214Z	\N	system	create	target	34	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu PP của Phường Phước Long B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":34,"kind":"reduction","leader_person_id":86,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long B","owner_unit_id":74,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":15.25,"year":2019}	9ef64406de371352ff7d18cb82017e097443527e76443261bd73fb71b49929cd	e8af094156b68464d2d54afad4c7f38fc0b8dc28bf8177a75a98efbceacebc97
273	2026-12-07T01:36:46.215Z	\N	system	create	target	35	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu TDP của Phường Phước Long B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":35,"kind":"share","leader_person_id":86,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long B","owner_unit_id":74,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	e8af094156b68464d2d54afad4c7f38fc0b8dc28bf8177a75a98efbceacebc97	4afcd8df84dbbfdf79c731487198f2fe72561e28fe829c770b60e1d8a5e27c3c
274	2026-12-07T01:36:46.220Z	\N	system	create	target	36	\N	{"baseline":null,"code":"HN.Q9.TANPHU","description":"Phần chỉ tiêu HN của Phường Tân Phú, phân bổ theo quy mô dân số: giảm 103 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":36,"kind":"reduction","leader_person_id":94,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tân Phú","owner_unit_id":81,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":103.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	4afcd8df84dbbfdf79c731487198f2fe72561e28fe829c770b60e1d8a5e27c3c	9cbcfb2167676e76f5a2d34a88a06c10888c708c78d2572f655cceadd1de7124
275	2026-12-07T01:36:46.221Z	\N	system	create	target	37	\N	{"baseline":null,"code":"PP.Q9.TANPHU","description":"Phần chỉ tiêu PP của Phường Tân Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":37,"kind":"reduction","leader_person_id":94,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tân Phú","owner_unit_id":81,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.4500000000000002,"year":2019}	9cbcfb2167676e76f5a2d34a88a06c10888c708c78d2572f655cceadd1de7124	48f5093f9411cf16764d33b187eae8e001220b72d1352b673f9dd4f936614f90
276	2026-12-07T01:36:46.222Z	\N	system	create	target	38	\N	{"baseline":null,"code":"TDP.Q9.TANPHU","description":"Phần chỉ tiêu TDP của Phường Tân Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":38,"kind":"share","leader_person_id":94,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tân Phú","owner_unit_id":81,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	48f5093f9411cf16764d33b187eae8e001220b72d1352b673f9dd4f936614f90	67f6fad0d713985fefd75679c03a238058a7233329c6ab76b59e083387228787
277	2026-12-07T01:36:46.223Z	\N	system	create	target	39	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú A, phân bổ theo quy mô dân số: giảm 192 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":39,"kind":"reduction","leader_person_id":102,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":192.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	67f6fad0d713985fefd75679c03a238058a7233329c6ab76b59e083387228787	2b391af2cdc98c9c1eaaeded8cd789be506e93ca4269f82fe4f668ddf1b42bba
278	2026-12-07T01:36:46.232Z	\N	system	create	target	40	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":40,"kind":"reduction","leader_person_id":102,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":12.02,"year":2019}	2b391af2cdc98c9c1eaaeded8cd789be506e93ca4269f82fe4f668ddf1b42bba	da3c3bd6422709e00de427fdbb2c0d9fbc34b48888623c9118e627655bc2cc14
279	2026-12-07T01:36:46.232Z	\N	system	create	target	41	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":41,"kind":"share","leader_person_id":102,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	da3c3bd6422709e00de427fdbb2c0d9fbc34b48888623c9118e627655bc2cc14	6f8842f3c3121ec816cb2b3084c847f75004d44dcc686826945525bc025f44b1
280	2026-12-07T01:36:46.233Z	\N	system	create	target	42	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú B, phân bổ theo quy mô dân số: giảm 145 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":42,"kind":"reduction","leader_person_id":110,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":145.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	6f8842f3c3121ec816cb2b3084c847f75004d44dcc686826945525bc025f44b1	674d512460155bf7e5bee42c53fda5c3cd1d05860153886268a324f453c7308d
281	2026-12-07T01:36:46.233Z	\N	system	create	target	43	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":43,"kind":"reduction","leader_person_id":110,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	674d512460155bf7e5bee42c53fda5c3cd1d05860153886268a324f453c7308d	6d0fbf7c6cbbc7a654cee040cf50f4fcd98f816d925a9de55acadf8d292565b4
299	2026-12-07T01:36:46.246Z	\N	system	report	measurement	14	\N	{"corrects":null,"evidence":null,"id":14,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":2,"unit_id":2,"value":9.5999999999999996}	286cc4e0d65d4125126ebaa803dbd5bf559e45bccdf8e4b4567f690946c6d275	837d7c0cc31b4032d0c6c51244b676fc9670df1ead0d7323070a4a0fcb2a6581
282	2026-12-07T01:36:46.234Z	\N	system	create	target	44	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":44,"kind":"share","leader_person_id":110,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	6d0fbf7c6cbbc7a654cee040cf50f4fcd98f816d925a9de55acadf8d292565b4	edd58e91485267b4694619bf5b346f226f429aae448232e5c247f45157bb25d6
283	2026-12-07T01:36:46.234Z	\N	system	create	target	45	\N	{"baseline":null,"code":"HN.Q9.TRUONGTHANH","description":"Phần chỉ tiêu HN của Phường Trường Thạnh, phân bổ theo quy mô dân số: giảm 56 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":45,"kind":"reduction","leader_person_id":118,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Trường Thạnh","owner_unit_id":102,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":56.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	edd58e91485267b4694619bf5b346f226f429aae448232e5c247f45157bb25d6	22206e007358e34df3a8da4cfc10b7c223728c9216268376c2e2ffa883d8b49a
284	2026-12-07T01:36:46.235Z	\N	system	create	target	46	\N	{"baseline":null,"code":"PP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu PP của Phường Trường Thạnh: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":46,"kind":"reduction","leader_person_id":118,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":3.52,"year":2019}	22206e007358e34df3a8da4cfc10b7c223728c9216268376c2e2ffa883d8b49a	e1f6d28c4fc457038c9e59f9a8f3630304ad9dd61147ec279eaf2dce7f9d5ac2
285	2026-12-07T01:36:46.235Z	\N	system	create	target	47	\N	{"baseline":null,"code":"TDP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu TDP của Phường Trường Thạnh: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":47,"kind":"share","leader_person_id":118,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	e1f6d28c4fc457038c9e59f9a8f3630304ad9dd61147ec279eaf2dce7f9d5ac2	62b12e9d940a0bf698b14c326ea9c51cf2065932beb2fbef1ba35ba2badefd1e
286	2026-12-07T01:36:46.237Z	\N	system	report	measurement	1	\N	{"corrects":null,"evidence":null,"id":1,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":1,"unit_id":2,"value":10.199999999999999}	62b12e9d940a0bf698b14c326ea9c51cf2065932beb2fbef1ba35ba2badefd1e	c263c3104ba5ab48c109770044e79ccbf0afc998f174107d5f27ce9d046cd7b8
287	2026-12-07T01:36:46.237Z	\N	system	report	measurement	2	\N	{"corrects":null,"evidence":null,"id":2,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":2,"unit_id":2,"value":10.4}	c263c3104ba5ab48c109770044e79ccbf0afc998f174107d5f27ce9d046cd7b8	e20b8c2a46528d0030fa19e0824f85ebb1ec0990ffaf6555a94dc704e9135af5
288	2026-12-07T01:36:46.240Z	\N	system	report	measurement	3	\N	{"corrects":null,"evidence":null,"id":3,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":3,"unit_id":2,"value":5.7999999999999998}	e20b8c2a46528d0030fa19e0824f85ebb1ec0990ffaf6555a94dc704e9135af5	50dd5ed881e904d2c7eb0dabfd23d06cdaf8747b22abc9930b91c8adb1ce5bd4
289	2026-12-07T01:36:46.241Z	\N	system	report	measurement	4	\N	{"corrects":null,"evidence":null,"id":4,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":7,"unit_id":2,"value":68.400000000000006}	50dd5ed881e904d2c7eb0dabfd23d06cdaf8747b22abc9930b91c8adb1ce5bd4	eaf45b66d6dbd3dbfab70c704c0ce6c63da9840b1dd8029c11f6f6098ca1abc9
290	2026-12-07T01:36:46.241Z	\N	system	report	measurement	5	\N	{"corrects":null,"evidence":null,"id":5,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":1,"unit_id":2,"value":10.4}	eaf45b66d6dbd3dbfab70c704c0ce6c63da9840b1dd8029c11f6f6098ca1abc9	37992ee945b402d91196c4f015c7ca4336ca6af3aec15aacd45c3c208b34fc16
291	2026-12-07T01:36:46.242Z	\N	system	report	measurement	6	\N	{"corrects":null,"evidence":null,"id":6,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":2,"unit_id":2,"value":10.199999999999999}	37992ee945b402d91196c4f015c7ca4336ca6af3aec15aacd45c3c208b34fc16	513fdbb303e346aaaceb61ab65691d7a5e7fbf3d3d0be56e566ef9e0662945bd
292	2026-12-07T01:36:46.242Z	\N	system	report	measurement	7	\N	{"corrects":null,"evidence":null,"id":7,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":3,"unit_id":2,"value":6.4000000000000004}	513fdbb303e346aaaceb61ab65691d7a5e7fbf3d3d0be56e566ef9e0662945bd	449337392a757f10b970f4775704d7b9f6ce8973bc6541ac8663ee3b89807c0e
293	2026-12-07T01:36:46.244Z	\N	system	report	measurement	8	\N	{"corrects":null,"evidence":null,"id":8,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":7,"unit_id":2,"value":70.599999999999994}	449337392a757f10b970f4775704d7b9f6ce8973bc6541ac8663ee3b89807c0e	489b47525dfd94be5a6bdb7efbb3e4f8d802ea6fbf7b87a87627993130e3a2e9
294	2026-12-07T01:36:46.244Z	\N	system	report	measurement	9	\N	{"corrects":null,"evidence":null,"id":9,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":1,"unit_id":2,"value":10.5}	489b47525dfd94be5a6bdb7efbb3e4f8d802ea6fbf7b87a87627993130e3a2e9	5f9a9c13af43ae132d6f386ba9a6bae63007c5bac443acd0dca5a1b83dc03f77
295	2026-12-07T01:36:46.244Z	\N	system	report	measurement	10	\N	{"corrects":null,"evidence":null,"id":10,"note":"Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":2,"unit_id":2,"value":9.9000000000000004}	5f9a9c13af43ae132d6f386ba9a6bae63007c5bac443acd0dca5a1b83dc03f77	b94c1e339045a55e8b4b936e7d249f923c5a20e6f7df5dcfb505d0476b6e7e79
296	2026-12-07T01:36:46.245Z	\N	system	report	measurement	11	\N	{"corrects":null,"evidence":null,"id":11,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":3,"unit_id":2,"value":6.9000000000000004}	b94c1e339045a55e8b4b936e7d249f923c5a20e6f7df5dcfb505d0476b6e7e79	5a4c99196d6f0762214b0b10756a4da39eb0f42ed97ff1cdde7338d15c44d3fb
300	2026-12-07T01:36:46.246Z	\N	system	report	measurement	15	\N	{"corrects":null,"evidence":null,"id":15,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":3,"unit_id":2,"value":7.0999999999999996}	837d7c0cc31b4032d0c6c51244b676fc9670df1ead0d7323070a4a0fcb2a6581	1463c5241cbf4360a547617b2f4e1b7386a8392ee423311df43d3a42774afbc5
301	2026-12-07T01:36:46.247Z	\N	system	report	measurement	16	\N	{"corrects":null,"evidence":null,"id":16,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":7,"unit_id":2,"value":72.0}	1463c5241cbf4360a547617b2f4e1b7386a8392ee423311df43d3a42774afbc5	857ddf1782291c4630db109b44203c6f7bba071b81e7b66ac0502e2897615981
302	2026-12-07T01:36:46.247Z	\N	system	report	measurement	17	\N	{"corrects":null,"evidence":null,"id":17,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":4.0}	857ddf1782291c4630db109b44203c6f7bba071b81e7b66ac0502e2897615981	42d77a2d1cef9ec7205b90fc3b98c269d5049216f854735fead44c18eda500e2
303	2026-12-07T01:36:46.247Z	\N	system	report	measurement	18	\N	{"corrects":null,"evidence":null,"id":18,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":6.5}	42d77a2d1cef9ec7205b90fc3b98c269d5049216f854735fead44c18eda500e2	7d1991efcdbfe2c3086fcddf7d6d815d55c0e90bea4a6d6483e88e15a7e64deb
304	2026-12-07T01:36:46.252Z	\N	system	report	measurement	19	\N	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	7d1991efcdbfe2c3086fcddf7d6d815d55c0e90bea4a6d6483e88e15a7e64deb	76da38aa6344c2023539f5dff500b2325b28b56520d23f6c6f140c134acb3762
305	2026-12-07T01:36:46.253Z	\N	system	correct	measurement	20	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	{"corrects":19,"evidence":null,"id":20,"note":"Điều chỉnh theo số liệu Kho bạc","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":14.5}	76da38aa6344c2023539f5dff500b2325b28b56520d23f6c6f140c134acb3762	3290ce57145b23c2b12ee05b8adf73ab2a92c614ef38702998e697d3c209ba58
306	2026-12-07T01:36:46.253Z	\N	system	report	measurement	21	\N	{"corrects":null,"evidence":null,"id":21,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	3290ce57145b23c2b12ee05b8adf73ab2a92c614ef38702998e697d3c209ba58	3e35fb5be896b613564cd8c26b77031f04d90bcb23a61f0e4a7d3667b665eec8
307	2026-12-07T01:36:46.254Z	\N	system	report	measurement	22	\N	{"corrects":null,"evidence":null,"id":22,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":16.0}	3e35fb5be896b613564cd8c26b77031f04d90bcb23a61f0e4a7d3667b665eec8	b6e67b3b935b5fcb91776b9cfd95229b3cf79baab38161bfc07738dee4eed555
308	2026-12-07T01:36:46.254Z	\N	system	report	measurement	23	\N	{"corrects":null,"evidence":null,"id":23,"note":"Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	b6e67b3b935b5fcb91776b9cfd95229b3cf79baab38161bfc07738dee4eed555	c02640af211baa93fab035593f3e161f0827b7acfd650c877de05c7eb4899768
309	2026-12-07T01:36:46.254Z	\N	system	report	measurement	24	\N	{"corrects":null,"evidence":null,"id":24,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":20.0}	c02640af211baa93fab035593f3e161f0827b7acfd650c877de05c7eb4899768	f833802ddf25d514eb1c97647f5f98b2ebc3726e410263137686191d6d179f87
310	2026-12-07T01:36:46.255Z	\N	system	report	measurement	25	\N	{"corrects":null,"evidence":null,"id":25,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	f833802ddf25d514eb1c97647f5f98b2ebc3726e410263137686191d6d179f87	cb0ec54af0c8a086952e3e25dcd73dd3e4c6cf40966ebb105e1b874da3720fbc
311	2026-12-07T01:36:46.255Z	\N	system	report	measurement	26	\N	{"corrects":null,"evidence":null,"id":26,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":26.0}	cb0ec54af0c8a086952e3e25dcd73dd3e4c6cf40966ebb105e1b874da3720fbc	805c25fba33c2e616784eec0d359c0d3639f0a890e3b962a0e9d6d0a002faad1
312	2026-12-07T01:36:46.256Z	\N	system	report	measurement	27	\N	{"corrects":null,"evidence":null,"id":27,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":28.0}	805c25fba33c2e616784eec0d359c0d3639f0a890e3b962a0e9d6d0a002faad1	6fb6cd1d116ab1bfeb6a83f005f70f783995de97408e56263d6241d6c2611740
313	2026-12-07T01:36:46.256Z	\N	system	report	measurement	28	\N	{"corrects":null,"evidence":null,"id":28,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":34.0}	6fb6cd1d116ab1bfeb6a83f005f70f783995de97408e56263d6241d6c2611740	12b3fcf0e742cbc4c0875b19fdfa463ff87eba1883d57c6dfc859555343f0bf8
314	2026-12-07T01:36:46.256Z	\N	system	report	measurement	29	\N	{"corrects":null,"evidence":null,"id":29,"note":"Số liệu sơ bộ, chờ đối chiếu Kho bạc","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":4,"unit_id":2,"value":50.0}	12b3fcf0e742cbc4c0875b19fdfa463ff87eba1883d57c6dfc859555343f0bf8	21e2d71cb2d14c1288242e8b846cc5cc2fe135efd9c1c8b20763662915bd290b
315	2026-12-07T01:36:46.257Z	\N	system	report	measurement	30	\N	{"corrects":null,"evidence":null,"id":30,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":12.0}	21e2d71cb2d14c1288242e8b846cc5cc2fe135efd9c1c8b20763662915bd290b	62b72bd6021ac35dcbfd9c8957a17db1ebccd2c7853cb24e208b295774b228ea
316	2026-12-07T01:36:46.257Z	\N	system	report	measurement	31	\N	{"corrects":null,"evidence":null,"id":31,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":25.0}	62b72bd6021ac35dcbfd9c8957a17db1ebccd2c7853cb24e208b295774b228ea	ca364845a7dab3c484b9981c3b2b85881e0ff5b45e213a980c8ca8aa64141332
317	2026-12-07T01:36:46.257Z	\N	system	report	measurement	32	\N	{"corrects":null,"evidence":null,"id":32,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":39.0}	ca364845a7dab3c484b9981c3b2b85881e0ff5b45e213a980c8ca8aa64141332	a5ae6216b412aec231a427ffdd49677e61c93ab6f3fe748a68da508a7cc9b756
318	2026-12-07T01:36:46.258Z	\N	system	report	measurement	33	\N	{"corrects":null,"evidence":null,"id":33,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":51.0}	a5ae6216b412aec231a427ffdd49677e61c93ab6f3fe748a68da508a7cc9b756	1838086ce9affedde2edbda9868c5b9f18efe9cd690850513b6c96faf314a0e7
319	2026-12-07T01:36:46.258Z	\N	system	report	measurement	34	\N	{"corrects":null,"evidence":null,"id":34,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":65.0}	1838086ce9affedde2edbda9868c5b9f18efe9cd690850513b6c96faf314a0e7	35858c1e3636e91595d324af2482d09e52373bb27e02fa3cf38c6d8ca65f062d
320	2026-12-07T01:36:46.259Z	\N	system	report	measurement	35	\N	{"corrects":null,"evidence":null,"id":35,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":77.0}	35858c1e3636e91595d324af2482d09e52373bb27e02fa3cf38c6d8ca65f062d	3475d828ee2061ad5685fb1cccf93be7dcf15a0ede346702dfd0757e6892ce59
321	2026-12-07T01:36:46.259Z	\N	system	report	measurement	36	\N	{"corrects":null,"evidence":null,"id":36,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":90.0}	3475d828ee2061ad5685fb1cccf93be7dcf15a0ede346702dfd0757e6892ce59	c6179ce7f64923a713fbea78bc551572ccadd0fd119636af3ecf9286f42c420a
322	2026-12-07T01:36:46.260Z	\N	system	report	measurement	37	\N	{"corrects":null,"evidence":null,"id":37,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":102.0}	c6179ce7f64923a713fbea78bc551572ccadd0fd119636af3ecf9286f42c420a	536789f068205bd196c60942eeb2457903fef59d15c0d123549a50ec5044de8e
323	2026-12-07T01:36:46.260Z	\N	system	report	measurement	38	\N	{"corrects":null,"evidence":null,"id":38,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":115.0}	536789f068205bd196c60942eeb2457903fef59d15c0d123549a50ec5044de8e	6bf8c1dec8314eef007fcbc51ea6645d4cecfc2234dad992f5052214671e6781
324	2026-12-07T01:36:46.260Z	\N	system	report	measurement	39	\N	{"corrects":null,"evidence":null,"id":39,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":128.0}	6bf8c1dec8314eef007fcbc51ea6645d4cecfc2234dad992f5052214671e6781	d4473292ee12ca8af3063bf520c8ac90ce71917381f33fd773796173eea75abf
325	2026-12-07T01:36:46.261Z	\N	system	report	measurement	40	\N	{"corrects":null,"evidence":null,"id":40,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":152.0}	d4473292ee12ca8af3063bf520c8ac90ce71917381f33fd773796173eea75abf	cf9760704a3dc753ef387e64ddcecef90e6a1a812077c3c3264d62379d38920b
326	2026-12-07T01:36:46.261Z	\N	system	report	measurement	41	\N	{"corrects":null,"evidence":null,"id":41,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":9,"unit_id":18,"value":155.0}	cf9760704a3dc753ef387e64ddcecef90e6a1a812077c3c3264d62379d38920b	fcd91e6058bb1c731118d76072505cfcf6ac1c464fe8aa3255263b054b26d417
327	2026-12-07T01:36:46.261Z	\N	system	report	measurement	42	\N	{"corrects":null,"evidence":null,"id":42,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":10,"unit_id":18,"value":3.1000000000000001}	fcd91e6058bb1c731118d76072505cfcf6ac1c464fe8aa3255263b054b26d417	a88ca1d6d6c75caa0be226c66a4f526fcdd5e7b5a27fc0ea0a363f840d129b2c
328	2026-12-07T01:36:46.262Z	\N	system	report	measurement	43	\N	{"corrects":null,"evidence":null,"id":43,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	a88ca1d6d6c75caa0be226c66a4f526fcdd5e7b5a27fc0ea0a363f840d129b2c	94aa72e4035d48b171bed03f5b807af322fc97b996f9a2a32462f6443155a868
329	2026-12-07T01:36:46.262Z	\N	system	report	measurement	44	\N	{"corrects":null,"evidence":null,"id":44,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":10,"unit_id":18,"value":3.6000000000000001}	94aa72e4035d48b171bed03f5b807af322fc97b996f9a2a32462f6443155a868	f6ddfdede231ddc2411b262d69d52432438dbeeb416977e86dcec19bfcaa7bda
330	2026-12-07T01:36:46.262Z	\N	system	report	measurement	45	\N	{"corrects":null,"evidence":null,"id":45,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	f6ddfdede231ddc2411b262d69d52432438dbeeb416977e86dcec19bfcaa7bda	e38487a23e63bea87fa612c960fe65fd1fd11030798bb1443d747e797c53b7ac
331	2026-12-07T01:36:46.263Z	\N	system	report	measurement	46	\N	{"corrects":null,"evidence":null,"id":46,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":10,"unit_id":18,"value":4.0}	e38487a23e63bea87fa612c960fe65fd1fd11030798bb1443d747e797c53b7ac	35d7d57969107ed4e43d26ad028417790c5a7dc16e7ae1dceace3b209a1d345f
332	2026-12-07T01:36:46.263Z	\N	system	report	measurement	47	\N	{"corrects":null,"evidence":null,"id":47,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	35d7d57969107ed4e43d26ad028417790c5a7dc16e7ae1dceace3b209a1d345f	c6e398afac956f8ca0e6875fb060ab28aaec2d9f21304894b6ad62b22901e0ec
333	2026-12-07T01:36:46.264Z	\N	system	report	measurement	48	\N	{"corrects":null,"evidence":null,"id":48,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":10,"unit_id":18,"value":4.2999999999999998}	c6e398afac956f8ca0e6875fb060ab28aaec2d9f21304894b6ad62b22901e0ec	71956c25861e94a064f41a7a7294e2704d67d408128e43ac1224f70779f2eb3c
334	2026-12-07T01:36:46.264Z	\N	system	report	measurement	49	\N	{"corrects":null,"evidence":null,"id":49,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	71956c25861e94a064f41a7a7294e2704d67d408128e43ac1224f70779f2eb3c	ba42cfc86e09c65d62772959805a61045f07eba038819f331fa821c720ffe7ac
335	2026-12-07T01:36:46.264Z	\N	system	report	measurement	50	\N	{"corrects":null,"evidence":null,"id":50,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":10.0}	ba42cfc86e09c65d62772959805a61045f07eba038819f331fa821c720ffe7ac	75aaddaac0ccb1c47a67aeef6965da301a2a0eb0499ac2834cd7f7286bfebd28
336	2026-12-07T01:36:46.265Z	\N	system	report	measurement	51	\N	{"corrects":null,"evidence":null,"id":51,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":19.0}	75aaddaac0ccb1c47a67aeef6965da301a2a0eb0499ac2834cd7f7286bfebd28	566da25af3d663ac37a78982910dcae0c94f441556d77b6b4d1c558863a6fd48
337	2026-12-07T01:36:46.265Z	\N	system	report	measurement	52	\N	{"corrects":null,"evidence":null,"id":52,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":30.0}	566da25af3d663ac37a78982910dcae0c94f441556d77b6b4d1c558863a6fd48	4446befb338eb76b10765aa2f6095d568ae292df4decf1b305d8d2d642be4537
338	2026-12-07T01:36:46.268Z	\N	system	report	measurement	53	\N	{"corrects":null,"evidence":null,"id":53,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":40.0}	4446befb338eb76b10765aa2f6095d568ae292df4decf1b305d8d2d642be4537	433697af701b804c26414453653b800c4d7b1640a7585c899207ca126eb70e29
339	2026-12-07T01:36:46.268Z	\N	system	report	measurement	54	\N	{"corrects":null,"evidence":null,"id":54,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":51.0}	433697af701b804c26414453653b800c4d7b1640a7585c899207ca126eb70e29	e8ce2eb4531b3c39bfa0b5541c951c0b104bf2d5939f2343e0f827f1202e6ad1
340	2026-12-07T01:36:46.268Z	\N	system	report	measurement	55	\N	{"corrects":null,"evidence":null,"id":55,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":61.0}	e8ce2eb4531b3c39bfa0b5541c951c0b104bf2d5939f2343e0f827f1202e6ad1	370cacee9d179c77ede04aa85d90ab655213e6af0c1bd5da70ba1c7af2035303
341	2026-12-07T01:36:46.269Z	\N	system	report	measurement	56	\N	{"corrects":null,"evidence":null,"id":56,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":71.0}	370cacee9d179c77ede04aa85d90ab655213e6af0c1bd5da70ba1c7af2035303	2e7a4f8e4d703b051ae67d0897b2262f4b4c5b2adef33087097841f5b18fa105
342	2026-12-07T01:36:46.269Z	\N	system	report	measurement	57	\N	{"corrects":null,"evidence":null,"id":57,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":80.0}	2e7a4f8e4d703b051ae67d0897b2262f4b4c5b2adef33087097841f5b18fa105	8d652311b9a0afecfa32ef73a3ce451436437b8f90c0fb28a95d0c4d91c64269
343	2026-12-07T01:36:46.270Z	\N	system	report	measurement	58	\N	{"corrects":null,"evidence":null,"id":58,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":90.0}	8d652311b9a0afecfa32ef73a3ce451436437b8f90c0fb28a95d0c4d91c64269	be8d65c278e059508a969493d45d6fd295be83f008e285f303ef196be77b52b1
344	2026-12-07T01:36:46.270Z	\N	system	report	measurement	59	\N	{"corrects":null,"evidence":null,"id":59,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":101.0}	be8d65c278e059508a969493d45d6fd295be83f008e285f303ef196be77b52b1	923136b7854e4509e9665d4f28c95c8754e740f3b1bba211caf49d30a357e3fe
345	2026-12-07T01:36:46.270Z	\N	system	report	measurement	60	\N	{"corrects":null,"evidence":null,"id":60,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":119.0}	923136b7854e4509e9665d4f28c95c8754e740f3b1bba211caf49d30a357e3fe	c5f939f1effd1e97b59481115299f86607fc200c4ef6cb670b87becedd43fb83
346	2026-12-07T01:36:46.271Z	\N	system	report	measurement	61	\N	{"corrects":null,"evidence":null,"id":61,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":12,"unit_id":25,"value":122.0}	c5f939f1effd1e97b59481115299f86607fc200c4ef6cb670b87becedd43fb83	dd0429cb5a805e8b4f2720b6a8757f78d60d5c21f2637cce814f0075998716f4
347	2026-12-07T01:36:46.271Z	\N	system	report	measurement	62	\N	{"corrects":null,"evidence":null,"id":62,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":13,"unit_id":25,"value":2.7999999999999998}	dd0429cb5a805e8b4f2720b6a8757f78d60d5c21f2637cce814f0075998716f4	d0e1d61efb7bd0c98f80c945b4f2ee3c0c3b50069f20bffaba0b6abec2cd3c4c
348	2026-12-07T01:36:46.271Z	\N	system	report	measurement	63	\N	{"corrects":null,"evidence":null,"id":63,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":14,"unit_id":25,"value":60.0}	d0e1d61efb7bd0c98f80c945b4f2ee3c0c3b50069f20bffaba0b6abec2cd3c4c	175a15b410f2d39a0e520f245daaba8626979360baa5603107bc82cc9943ca2c
349	2026-12-07T01:36:46.272Z	\N	system	report	measurement	64	\N	{"corrects":null,"evidence":null,"id":64,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":13,"unit_id":25,"value":3.2999999999999998}	175a15b410f2d39a0e520f245daaba8626979360baa5603107bc82cc9943ca2c	4ac1c9d587d4b99ede3e60c98f73568741316ded5f31b96ff6697f2e8c44058c
350	2026-12-07T01:36:46.272Z	\N	system	report	measurement	65	\N	{"corrects":null,"evidence":null,"id":65,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	4ac1c9d587d4b99ede3e60c98f73568741316ded5f31b96ff6697f2e8c44058c	0cd8986a088c3b1361d143128bea2d53a7d177def381c2a9d74bf14588c459aa
351	2026-12-07T01:36:46.273Z	\N	system	report	measurement	66	\N	{"corrects":null,"evidence":null,"id":66,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":13,"unit_id":25,"value":3.7000000000000002}	0cd8986a088c3b1361d143128bea2d53a7d177def381c2a9d74bf14588c459aa	987731a07114dac80288e0a9c1dd658de2e22bdf9d3ac14a52a43b59f1c7a570
352	2026-12-07T01:36:46.273Z	\N	system	report	measurement	67	\N	{"corrects":null,"evidence":null,"id":67,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	987731a07114dac80288e0a9c1dd658de2e22bdf9d3ac14a52a43b59f1c7a570	cb3b86819daea9833e658277d9e29b840560447493d09b5f6dbef13a7d94e26d
353	2026-12-07T01:36:46.273Z	\N	system	report	measurement	68	\N	{"corrects":null,"evidence":null,"id":68,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":13,"unit_id":25,"value":4.0}	cb3b86819daea9833e658277d9e29b840560447493d09b5f6dbef13a7d94e26d	760676a24c1dfe8d0da19c3448bdaa3c015ee75d0a6aff057818004e5703eea0
354	2026-12-07T01:36:46.274Z	\N	system	report	measurement	69	\N	{"corrects":null,"evidence":null,"id":69,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	760676a24c1dfe8d0da19c3448bdaa3c015ee75d0a6aff057818004e5703eea0	ef0eda702331c9ec30b0c472b0a3f235c85ac650039c3d47bb9e2b55f03e7beb
355	2026-12-07T01:36:46.274Z	\N	system	report	measurement	70	\N	{"corrects":null,"evidence":null,"id":70,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":3.0}	ef0eda702331c9ec30b0c472b0a3f235c85ac650039c3d47bb9e2b55f03e7beb	2f25eeb001e789c21c14fae2d97a3a3cc7bc30242657e98c8edae79378ee02b0
356	2026-12-07T01:36:46.274Z	\N	system	report	measurement	71	\N	{"corrects":null,"evidence":null,"id":71,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":5.0}	2f25eeb001e789c21c14fae2d97a3a3cc7bc30242657e98c8edae79378ee02b0	8f934ab12f7a59c519fc72eb7085f72956336be7fb0164a422e9bc331c9ee936
357	2026-12-07T01:36:46.275Z	\N	system	report	measurement	72	\N	{"corrects":null,"evidence":null,"id":72,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":8.0}	8f934ab12f7a59c519fc72eb7085f72956336be7fb0164a422e9bc331c9ee936	d467d6ecb67b1503cced0391a85ba5aa325ed93a4febb022637444a9e85d58cd
358	2026-12-07T01:36:46.275Z	\N	system	report	measurement	73	\N	{"corrects":null,"evidence":null,"id":73,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":11.0}	d467d6ecb67b1503cced0391a85ba5aa325ed93a4febb022637444a9e85d58cd	99b447816d1cb7956b33f5dee39428ba554ff8ffdc84953e1669761883155cc1
359	2026-12-07T01:36:46.276Z	\N	system	report	measurement	74	\N	{"corrects":null,"evidence":null,"id":74,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":14.0}	99b447816d1cb7956b33f5dee39428ba554ff8ffdc84953e1669761883155cc1	2c3495d1387ec58d169cf863bf33b06fea7c96519f97c06373f25b1103631bc1
360	2026-12-07T01:36:46.280Z	\N	system	report	measurement	75	\N	{"corrects":null,"evidence":null,"id":75,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":17.0}	2c3495d1387ec58d169cf863bf33b06fea7c96519f97c06373f25b1103631bc1	cbb13f1c12678d6dc11a2818f6335ce66410b336b4e5f6d77502938357f028a8
361	2026-12-07T01:36:46.281Z	\N	system	report	measurement	76	\N	{"corrects":null,"evidence":null,"id":76,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":19.0}	cbb13f1c12678d6dc11a2818f6335ce66410b336b4e5f6d77502938357f028a8	3190f98e3f1ea78de17dd03eed5b1daf3d43dce9948403386d55bf5ebaa1eb25
362	2026-12-07T01:36:46.281Z	\N	system	report	measurement	77	\N	{"corrects":null,"evidence":null,"id":77,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":22.0}	3190f98e3f1ea78de17dd03eed5b1daf3d43dce9948403386d55bf5ebaa1eb25	f9a835022a5201f77fb72d045414e82307f0a6ed28c13ca2bb22fe178ce16f98
363	2026-12-07T01:36:46.281Z	\N	system	report	measurement	78	\N	{"corrects":null,"evidence":null,"id":78,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":25.0}	f9a835022a5201f77fb72d045414e82307f0a6ed28c13ca2bb22fe178ce16f98	d5cf18b35b799c98072642f2cdc0167182d9a23054456e6aaa5f38e02667d64e
364	2026-12-07T01:36:46.282Z	\N	system	report	measurement	79	\N	{"corrects":null,"evidence":null,"id":79,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":28.0}	d5cf18b35b799c98072642f2cdc0167182d9a23054456e6aaa5f38e02667d64e	1bfdc9f4d5f8808f0afe7e19d03d4d6ef6c0758d158c6d092e220cd916c6f8a0
365	2026-12-07T01:36:46.282Z	\N	system	report	measurement	80	\N	{"corrects":null,"evidence":null,"id":80,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":15,"unit_id":32,"value":33.0}	1bfdc9f4d5f8808f0afe7e19d03d4d6ef6c0758d158c6d092e220cd916c6f8a0	b325bedb13a532325371f679b77966c6031031181e490778065fdf37754fe8f0
366	2026-12-07T01:36:46.282Z	\N	system	report	measurement	81	\N	{"corrects":null,"evidence":null,"id":81,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":16,"unit_id":32,"value":3.3999999999999999}	b325bedb13a532325371f679b77966c6031031181e490778065fdf37754fe8f0	e11bb331efa85053438c1bc379cc5525bcf1e96e0dfeabb762eb1e4753654648
367	2026-12-07T01:36:46.283Z	\N	system	report	measurement	82	\N	{"corrects":null,"evidence":null,"id":82,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":17,"unit_id":32,"value":40.0}	e11bb331efa85053438c1bc379cc5525bcf1e96e0dfeabb762eb1e4753654648	059a35fc3285a07d88ab1f806a432520f5ae381667ffff8db0e7497c3a89e855
368	2026-12-07T01:36:46.283Z	\N	system	report	measurement	83	\N	{"corrects":null,"evidence":null,"id":83,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":16,"unit_id":32,"value":3.7999999999999998}	059a35fc3285a07d88ab1f806a432520f5ae381667ffff8db0e7497c3a89e855	d95fff57c89d932b79ac8b75d8eacd64d65d757840571a79b3c52f0cf28da3c7
369	2026-12-07T01:36:46.283Z	\N	system	report	measurement	84	\N	{"corrects":null,"evidence":null,"id":84,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	d95fff57c89d932b79ac8b75d8eacd64d65d757840571a79b3c52f0cf28da3c7	1615f2db7d4d212633f0c5066a86770d99cd87a67b24ec35a417bc9b8240878d
370	2026-12-07T01:36:46.284Z	\N	system	report	measurement	85	\N	{"corrects":null,"evidence":null,"id":85,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":16,"unit_id":32,"value":4.2000000000000002}	1615f2db7d4d212633f0c5066a86770d99cd87a67b24ec35a417bc9b8240878d	46b8307fcaa0ab0bb6f86035e3cf2d10b897a6733d33cbb229324966a5dab585
371	2026-12-07T01:36:46.284Z	\N	system	report	measurement	86	\N	{"corrects":null,"evidence":null,"id":86,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	46b8307fcaa0ab0bb6f86035e3cf2d10b897a6733d33cbb229324966a5dab585	265140764c4e1167ed2f1732ed84bcbde900371c12fb9eb56a71622dbb857b5a
372	2026-12-07T01:36:46.285Z	\N	system	report	measurement	87	\N	{"corrects":null,"evidence":null,"id":87,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":16,"unit_id":32,"value":4.5999999999999996}	265140764c4e1167ed2f1732ed84bcbde900371c12fb9eb56a71622dbb857b5a	e35ed868f20a2040e7aa0a7d6da302aab4f0848bcda30940b889519d451aa4fe
373	2026-12-07T01:36:46.285Z	\N	system	report	measurement	88	\N	{"corrects":null,"evidence":null,"id":88,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	e35ed868f20a2040e7aa0a7d6da302aab4f0848bcda30940b889519d451aa4fe	8ceba52228876d692652aa6cb35aadd1941bca0720fdb426877e4cef335480be
374	2026-12-07T01:36:46.285Z	\N	system	report	measurement	89	\N	{"corrects":null,"evidence":null,"id":89,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":14.0}	8ceba52228876d692652aa6cb35aadd1941bca0720fdb426877e4cef335480be	2fe963a1fb80a10d661534e09fa3f7429b0c62cd7fbcfa305e41b17afdfde6b5
375	2026-12-07T01:36:46.286Z	\N	system	report	measurement	90	\N	{"corrects":null,"evidence":null,"id":90,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":28.0}	2fe963a1fb80a10d661534e09fa3f7429b0c62cd7fbcfa305e41b17afdfde6b5	4e679237ee3b8bc8026b2c2b0fd1e98ae48e6c48cd7e34272b27b0b0736e2715
376	2026-12-07T01:36:46.286Z	\N	system	report	measurement	91	\N	{"corrects":null,"evidence":null,"id":91,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":44.0}	4e679237ee3b8bc8026b2c2b0fd1e98ae48e6c48cd7e34272b27b0b0736e2715	7ce7661fc04ae371814ee15207ac0380d27b929a4a669f7922c906f11f1343e3
377	2026-12-07T01:36:46.286Z	\N	system	report	measurement	92	\N	{"corrects":null,"evidence":null,"id":92,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":59.0}	7ce7661fc04ae371814ee15207ac0380d27b929a4a669f7922c906f11f1343e3	959154216f3eac0314836a1293cead7a597b9a7f1a099e438f56ddd6caeda03a
378	2026-12-07T01:36:46.287Z	\N	system	report	measurement	93	\N	{"corrects":null,"evidence":null,"id":93,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":75.0}	959154216f3eac0314836a1293cead7a597b9a7f1a099e438f56ddd6caeda03a	b060843c3dcd79d248a0fa70b7ec6b6ae9abf596ca7828de78409330928b8db0
379	2026-12-07T01:36:46.287Z	\N	system	report	measurement	94	\N	{"corrects":null,"evidence":null,"id":94,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":89.0}	b060843c3dcd79d248a0fa70b7ec6b6ae9abf596ca7828de78409330928b8db0	b7e32af37c7f8ae68b62c1c650d9d9c20c6a909ce4322ce6ed35136816715252
380	2026-12-07T01:36:46.288Z	\N	system	report	measurement	95	\N	{"corrects":null,"evidence":null,"id":95,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":103.0}	b7e32af37c7f8ae68b62c1c650d9d9c20c6a909ce4322ce6ed35136816715252	e9697c82a70d9774fcb98be5ef7e00d50aca30cf55cf9580eb114b0b5e330ad6
381	2026-12-07T01:36:46.288Z	\N	system	report	measurement	96	\N	{"corrects":null,"evidence":null,"id":96,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":117.0}	e9697c82a70d9774fcb98be5ef7e00d50aca30cf55cf9580eb114b0b5e330ad6	b3576c0ff35d65de15431e82f640fd4d78351a0e85ea92ddc5ba8a9200a64643
382	2026-12-07T01:36:46.288Z	\N	system	report	measurement	97	\N	{"corrects":null,"evidence":null,"id":97,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":131.0}	b3576c0ff35d65de15431e82f640fd4d78351a0e85ea92ddc5ba8a9200a64643	ca4bf74dbf2d14c9c123496789b8b098610fbb6bd32a141dae4f58f2dda85e90
383	2026-12-07T01:36:46.289Z	\N	system	report	measurement	98	\N	{"corrects":null,"evidence":null,"id":98,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":147.0}	ca4bf74dbf2d14c9c123496789b8b098610fbb6bd32a141dae4f58f2dda85e90	4ed9303c37780d7d8230cfe6a2054c7d8cde5aa790b19dfdaabd23fe045310f9
384	2026-12-07T01:36:46.289Z	\N	system	report	measurement	99	\N	{"corrects":null,"evidence":null,"id":99,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":174.0}	4ed9303c37780d7d8230cfe6a2054c7d8cde5aa790b19dfdaabd23fe045310f9	08190a65716b40c675461cc6764bc4a688180d41b5d83c02da6e9285e70a27e5
385	2026-12-07T01:36:46.290Z	\N	system	report	measurement	100	\N	{"corrects":null,"evidence":null,"id":100,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":18,"unit_id":39,"value":177.0}	08190a65716b40c675461cc6764bc4a688180d41b5d83c02da6e9285e70a27e5	1eaa2e9139c567a820ed1c59e3dcfe76ffdd58acaa6fa72a13ce24e3a30da832
386	2026-12-07T01:36:46.290Z	\N	system	report	measurement	101	\N	{"corrects":null,"evidence":null,"id":101,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":19,"unit_id":39,"value":2.8999999999999999}	1eaa2e9139c567a820ed1c59e3dcfe76ffdd58acaa6fa72a13ce24e3a30da832	1da4449cba7fe4a5d3f692f17865d12e53d4a8609dd6623d475875c754353ebd
387	2026-12-07T01:36:46.290Z	\N	system	report	measurement	102	\N	{"corrects":null,"evidence":null,"id":102,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	1da4449cba7fe4a5d3f692f17865d12e53d4a8609dd6623d475875c754353ebd	a8088abf0edd15a81d69aac900d325dae26ec455fed27342a16524bd5a4e60ce
388	2026-12-07T01:36:46.291Z	\N	system	report	measurement	103	\N	{"corrects":null,"evidence":null,"id":103,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":19,"unit_id":39,"value":3.2000000000000002}	a8088abf0edd15a81d69aac900d325dae26ec455fed27342a16524bd5a4e60ce	182a5cfffb979a21f38786484e6c4bbf977556092ea0f71a5453ac42d003bc30
389	2026-12-07T01:36:46.291Z	\N	system	report	measurement	104	\N	{"corrects":null,"evidence":null,"id":104,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	182a5cfffb979a21f38786484e6c4bbf977556092ea0f71a5453ac42d003bc30	6badd1536f7d376da534f94c6c17e684fc02710c1cf4dcb3d621c156d1df4e8d
390	2026-12-07T01:36:46.291Z	\N	system	report	measurement	105	\N	{"corrects":null,"evidence":null,"id":105,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":19,"unit_id":39,"value":3.6000000000000001}	6badd1536f7d376da534f94c6c17e684fc02710c1cf4dcb3d621c156d1df4e8d	4289450b53416d1ba95f6d7758c8d98b76bf17ff9681f8fe3b566499898c075c
391	2026-12-07T01:36:46.292Z	\N	system	report	measurement	106	\N	{"corrects":null,"evidence":null,"id":106,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	4289450b53416d1ba95f6d7758c8d98b76bf17ff9681f8fe3b566499898c075c	cb04e9b1b4088609f83e8318ce1061e4c174ae2723c7f5bbcd1c85c8bbd8c081
392	2026-12-07T01:36:46.296Z	\N	system	report	measurement	107	\N	{"corrects":null,"evidence":null,"id":107,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":19,"unit_id":39,"value":3.8999999999999999}	cb04e9b1b4088609f83e8318ce1061e4c174ae2723c7f5bbcd1c85c8bbd8c081	371ba3e13a92001a081670ce63ec7e6110adfa0c282cd13f12ee96aefb36f194
393	2026-12-07T01:36:46.296Z	\N	system	report	measurement	108	\N	{"corrects":null,"evidence":null,"id":108,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":20,"unit_id":39,"value":100.0}	371ba3e13a92001a081670ce63ec7e6110adfa0c282cd13f12ee96aefb36f194	d29e0653f58696db1b9cb85808c165366ddde12ba3bdd6e1c314cb1f3b2e3817
394	2026-12-07T01:36:46.297Z	\N	system	report	measurement	109	\N	{"corrects":null,"evidence":null,"id":109,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":7.0}	d29e0653f58696db1b9cb85808c165366ddde12ba3bdd6e1c314cb1f3b2e3817	da3b5cb3d5314e8bc147b082f9403b492a2ee0bf2f5c1c73f75a037938778722
395	2026-12-07T01:36:46.297Z	\N	system	report	measurement	110	\N	{"corrects":null,"evidence":null,"id":110,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":14.0}	da3b5cb3d5314e8bc147b082f9403b492a2ee0bf2f5c1c73f75a037938778722	6d3b2a89367e5018afa144c6e11d9059387e0e13f0ae36dacb572c0d61533d5f
396	2026-12-07T01:36:46.298Z	\N	system	report	measurement	111	\N	{"corrects":null,"evidence":null,"id":111,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":22.0}	6d3b2a89367e5018afa144c6e11d9059387e0e13f0ae36dacb572c0d61533d5f	62e2891d4eaa26f8561f80b4da9c913711b62d12e5576f1403610656995ad3e7
397	2026-12-07T01:36:46.298Z	\N	system	report	measurement	112	\N	{"corrects":null,"evidence":null,"id":112,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":29.0}	62e2891d4eaa26f8561f80b4da9c913711b62d12e5576f1403610656995ad3e7	49eae6f6a7043cf0765e6e1b7999a9ca3b9cc22f2a2d64908159c13834f864f6
398	2026-12-07T01:36:46.298Z	\N	system	report	measurement	113	\N	{"corrects":null,"evidence":null,"id":113,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":37.0}	49eae6f6a7043cf0765e6e1b7999a9ca3b9cc22f2a2d64908159c13834f864f6	647dbc4daff1e60f2a03c4a0ea75ade5c2d285b495dc4a6864608b6a14a24e13
399	2026-12-07T01:36:46.299Z	\N	system	report	measurement	114	\N	{"corrects":null,"evidence":null,"id":114,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":44.0}	647dbc4daff1e60f2a03c4a0ea75ade5c2d285b495dc4a6864608b6a14a24e13	6a1105a326fa610c4d15332486ccbac78fc8ac637c78f57486149c11a0f9580a
400	2026-12-07T01:36:46.299Z	\N	system	report	measurement	115	\N	{"corrects":null,"evidence":null,"id":115,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":51.0}	6a1105a326fa610c4d15332486ccbac78fc8ac637c78f57486149c11a0f9580a	337351cb34daa7b5256b9d5110216c89770cf96238df577931e5022bc9fe981b
401	2026-12-07T01:36:46.300Z	\N	system	report	measurement	116	\N	{"corrects":null,"evidence":null,"id":116,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":58.0}	337351cb34daa7b5256b9d5110216c89770cf96238df577931e5022bc9fe981b	000a75e85352f7f7f7d0e8aebe09d9be04be0327e2f8e6fc0ddcfa1ec191757a
402	2026-12-07T01:36:46.300Z	\N	system	report	measurement	117	\N	{"corrects":null,"evidence":null,"id":117,"note":"Số liệu sơ bộ","period_no":9,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":65.0}	000a75e85352f7f7f7d0e8aebe09d9be04be0327e2f8e6fc0ddcfa1ec191757a	dd8a6d51f89c94d6c2a37bcd559f5e3ab7b7d90a35278978c1851c7cb8539f8e
403	2026-12-07T01:36:46.300Z	\N	system	report	measurement	118	\N	{"corrects":null,"evidence":null,"id":118,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":73.0}	dd8a6d51f89c94d6c2a37bcd559f5e3ab7b7d90a35278978c1851c7cb8539f8e	df8c129c5ac44dabdc289711a1d4f079e62bb23fea8d456bc6ff2b33c2712273
404	2026-12-07T01:36:46.301Z	\N	system	report	measurement	119	\N	{"corrects":null,"evidence":null,"id":119,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":86.0}	df8c129c5ac44dabdc289711a1d4f079e62bb23fea8d456bc6ff2b33c2712273	962af5cb0a350a321a84c0c6b9aa542a0b8abf778a018b297fbd310744f84116
405	2026-12-07T01:36:46.301Z	\N	system	report	measurement	120	\N	{"corrects":null,"evidence":null,"id":120,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":21,"unit_id":46,"value":88.0}	962af5cb0a350a321a84c0c6b9aa542a0b8abf778a018b297fbd310744f84116	52cdab9f652aca6c3bc21bf6aa85d5107d9e96d0b2460932ce7505c53f4240f7
406	2026-12-07T01:36:46.302Z	\N	system	report	measurement	121	\N	{"corrects":null,"evidence":null,"id":121,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":22,"unit_id":46,"value":3.2000000000000002}	52cdab9f652aca6c3bc21bf6aa85d5107d9e96d0b2460932ce7505c53f4240f7	3a1a4ef36498c7da616163ded822d12fed81e4ff57a08d365583f31a0a3a4f59
407	2026-12-07T01:36:46.302Z	\N	system	report	measurement	122	\N	{"corrects":null,"evidence":null,"id":122,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":23,"unit_id":46,"value":60.0}	3a1a4ef36498c7da616163ded822d12fed81e4ff57a08d365583f31a0a3a4f59	63b94df34f087a34443019662bb872d26a701532e4afd23abc1805482085eaf8
408	2026-12-07T01:36:46.302Z	\N	system	report	measurement	123	\N	{"corrects":null,"evidence":null,"id":123,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":22,"unit_id":46,"value":3.5}	63b94df34f087a34443019662bb872d26a701532e4afd23abc1805482085eaf8	f7d694f5898415054c5f81e94a91d43e23c5009d98ac1c91147e826f943126cf
409	2026-12-07T01:36:46.303Z	\N	system	report	measurement	124	\N	{"corrects":null,"evidence":null,"id":124,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	f7d694f5898415054c5f81e94a91d43e23c5009d98ac1c91147e826f943126cf	6d453a543513b77bd74f31acb92f109907b821047989af53d72e5bd849bfbdbf
410	2026-12-07T01:36:46.303Z	\N	system	report	measurement	125	\N	{"corrects":null,"evidence":null,"id":125,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":22,"unit_id":46,"value":3.8999999999999999}	6d453a543513b77bd74f31acb92f109907b821047989af53d72e5bd849bfbdbf	bd7668a584076bc28c4cad1b2c95cf64c800bc77f0820e786384559721866094
411	2026-12-07T01:36:46.304Z	\N	system	report	measurement	126	\N	{"corrects":null,"evidence":null,"id":126,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	bd7668a584076bc28c4cad1b2c95cf64c800bc77f0820e786384559721866094	45a6b547dd7243cc68e40a6698fc32c5f31d435c0fbe80be788b07be0ccc6120
412	2026-12-07T01:36:46.304Z	\N	system	report	measurement	127	\N	{"corrects":null,"evidence":null,"id":127,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":22,"unit_id":46,"value":4.0999999999999996}	45a6b547dd7243cc68e40a6698fc32c5f31d435c0fbe80be788b07be0ccc6120	3eb0f6c7619a081f42b94fbcf8473932e248d4181d3cf1fe6dfc9b770cc1bea8
413	2026-12-07T01:36:46.304Z	\N	system	report	measurement	128	\N	{"corrects":null,"evidence":null,"id":128,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	3eb0f6c7619a081f42b94fbcf8473932e248d4181d3cf1fe6dfc9b770cc1bea8	5dfee5c589c7af1ca905f7d228aef33d871ba8dd1a1808382f52746ec051a9fd
414	2026-12-07T01:36:46.305Z	\N	system	report	measurement	129	\N	{"corrects":null,"evidence":null,"id":129,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":10.0}	5dfee5c589c7af1ca905f7d228aef33d871ba8dd1a1808382f52746ec051a9fd	c5daea1fc3b0948e207788baecc31c90bab3dffba6e67aba0829c0e9c7e0079b
415	2026-12-07T01:36:46.305Z	\N	system	report	measurement	130	\N	{"corrects":null,"evidence":null,"id":130,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":19.0}	c5daea1fc3b0948e207788baecc31c90bab3dffba6e67aba0829c0e9c7e0079b	41316d9c58e257f41facc20fd511fc7528d8e2ba5efa3586f2a6c74e104ebc35
416	2026-12-07T01:36:46.305Z	\N	system	report	measurement	131	\N	{"corrects":null,"evidence":null,"id":131,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":30.0}	41316d9c58e257f41facc20fd511fc7528d8e2ba5efa3586f2a6c74e104ebc35	98a4652ee05b51ba4fd7c3586103cd541f7f5c83947ca9c2ea3dcb8b2c39daa9
417	2026-12-07T01:36:46.308Z	\N	system	report	measurement	132	\N	{"corrects":null,"evidence":null,"id":132,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":40.0}	98a4652ee05b51ba4fd7c3586103cd541f7f5c83947ca9c2ea3dcb8b2c39daa9	22a11468ca424429811cb05143d5326ee11ca092c34c4f47a98a1df67ff45f7e
418	2026-12-07T01:36:46.308Z	\N	system	report	measurement	133	\N	{"corrects":null,"evidence":null,"id":133,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":51.0}	22a11468ca424429811cb05143d5326ee11ca092c34c4f47a98a1df67ff45f7e	3b31800348fe9903f64f07c812a226cf66245b27f349519c00bf3e94eea3ce60
419	2026-12-07T01:36:46.309Z	\N	system	report	measurement	134	\N	{"corrects":null,"evidence":null,"id":134,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":60.0}	3b31800348fe9903f64f07c812a226cf66245b27f349519c00bf3e94eea3ce60	33339be0db11000150bce33430b6924ce012aff856155383ed37b63b82a1b508
420	2026-12-07T01:36:46.309Z	\N	system	report	measurement	135	\N	{"corrects":null,"evidence":null,"id":135,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":70.0}	33339be0db11000150bce33430b6924ce012aff856155383ed37b63b82a1b508	e3789bbebf4cf5445cf2b23eed5aa23b2599ac96d7bec3057466824c91f71ae6
421	2026-12-07T01:36:46.309Z	\N	system	report	measurement	136	\N	{"corrects":null,"evidence":null,"id":136,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":80.0}	e3789bbebf4cf5445cf2b23eed5aa23b2599ac96d7bec3057466824c91f71ae6	9d62e19bea3a0519813ee68cfa15e7a255620b0325a9ae8640ec25c1ba43ce9e
422	2026-12-07T01:36:46.310Z	\N	system	report	measurement	137	\N	{"corrects":null,"evidence":null,"id":137,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":89.0}	9d62e19bea3a0519813ee68cfa15e7a255620b0325a9ae8640ec25c1ba43ce9e	8f9d98492ec1d412338bacb98747bed428e94261b33d2078fb5f9fd274355925
423	2026-12-07T01:36:46.310Z	\N	system	report	measurement	138	\N	{"corrects":null,"evidence":null,"id":138,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":100.0}	8f9d98492ec1d412338bacb98747bed428e94261b33d2078fb5f9fd274355925	e3f11e50b7cea750020540f2aeab7607acc16d258b102606b8176af3707266a9
424	2026-12-07T01:36:46.311Z	\N	system	report	measurement	139	\N	{"corrects":null,"evidence":null,"id":139,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":118.0}	e3f11e50b7cea750020540f2aeab7607acc16d258b102606b8176af3707266a9	d097ae85a82eb049441b189e2d39ec6c899794fdcb3390d0887b276b9d01a005
425	2026-12-07T01:36:46.311Z	\N	system	report	measurement	140	\N	{"corrects":null,"evidence":null,"id":140,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":24,"unit_id":53,"value":121.0}	d097ae85a82eb049441b189e2d39ec6c899794fdcb3390d0887b276b9d01a005	40438fabd1b1acdbd8cb156da0b56b257cac353310ef1a135ce2043efb536979
426	2026-12-07T01:36:46.312Z	\N	system	report	measurement	141	\N	{"corrects":null,"evidence":null,"id":141,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":25,"unit_id":53,"value":1.3999999999999999}	40438fabd1b1acdbd8cb156da0b56b257cac353310ef1a135ce2043efb536979	80214049c596cf79119ce50c2fa44a234f152496f4f4981af5cbdeac8e1d09e8
427	2026-12-07T01:36:46.312Z	\N	system	report	measurement	142	\N	{"corrects":null,"evidence":null,"id":142,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	80214049c596cf79119ce50c2fa44a234f152496f4f4981af5cbdeac8e1d09e8	38d969afc19783f69d48be8b1527722957a8ce1704a0ef81b5e0124db3b6b1c8
428	2026-12-07T01:36:46.312Z	\N	system	report	measurement	143	\N	{"corrects":null,"evidence":null,"id":143,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":25,"unit_id":53,"value":1.7}	38d969afc19783f69d48be8b1527722957a8ce1704a0ef81b5e0124db3b6b1c8	d6016baa606a2f9596c006e9a22943f2506ece2ceba7f4c4f68576e1a965e838
429	2026-12-07T01:36:46.313Z	\N	system	report	measurement	144	\N	{"corrects":null,"evidence":null,"id":144,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	d6016baa606a2f9596c006e9a22943f2506ece2ceba7f4c4f68576e1a965e838	c7f145db03458501d7d34ffad642b151108ab4a0c70b5c6b531ad4c3144f04d4
430	2026-12-07T01:36:46.313Z	\N	system	report	measurement	145	\N	{"corrects":null,"evidence":null,"id":145,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":25,"unit_id":53,"value":2.0}	c7f145db03458501d7d34ffad642b151108ab4a0c70b5c6b531ad4c3144f04d4	acf11970bbf25e779ae7802a4e486af0ba3069e99f31503b613141ffa9a7a0ad
431	2026-12-07T01:36:46.313Z	\N	system	report	measurement	146	\N	{"corrects":null,"evidence":null,"id":146,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	acf11970bbf25e779ae7802a4e486af0ba3069e99f31503b613141ffa9a7a0ad	a798e5d5a67d6765246bdde7630145bc03da7451affe5da7e5ccd08adc85d0a6
432	2026-12-07T01:36:46.314Z	\N	system	report	measurement	147	\N	{"corrects":null,"evidence":null,"id":147,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":25,"unit_id":53,"value":2.2000000000000002}	a798e5d5a67d6765246bdde7630145bc03da7451affe5da7e5ccd08adc85d0a6	b36750e1ecc8ef2c12bcfa5077153c6906c28e4a16622335e30a239bf6c95aac
433	2026-12-07T01:36:46.314Z	\N	system	report	measurement	148	\N	{"corrects":null,"evidence":null,"id":148,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	b36750e1ecc8ef2c12bcfa5077153c6906c28e4a16622335e30a239bf6c95aac	e7024caaa28897dd04652e6f2d154997842776671514fbc920ade21753724336
434	2026-12-07T01:36:46.316Z	\N	system	report	measurement	149	\N	{"corrects":null,"evidence":null,"id":149,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":8.0}	e7024caaa28897dd04652e6f2d154997842776671514fbc920ade21753724336	e3164d2534097db7af367691bb86325a7b63818bf68bec7afc70cfc7e3b6e13d
435	2026-12-07T01:36:46.316Z	\N	system	report	measurement	150	\N	{"corrects":null,"evidence":null,"id":150,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":15.0}	e3164d2534097db7af367691bb86325a7b63818bf68bec7afc70cfc7e3b6e13d	06e9ebd25d3a3a115ec9a82ad75eff27368054e3a8e2205067b55e207f9b15f4
436	2026-12-07T01:36:46.316Z	\N	system	report	measurement	151	\N	{"corrects":null,"evidence":null,"id":151,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":24.0}	06e9ebd25d3a3a115ec9a82ad75eff27368054e3a8e2205067b55e207f9b15f4	a9391ba10fb7dae0211235c94584334e6afdcaf501c7c95a47a01e91f80c52c8
437	2026-12-07T01:36:46.317Z	\N	system	report	measurement	152	\N	{"corrects":null,"evidence":null,"id":152,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":32.0}	a9391ba10fb7dae0211235c94584334e6afdcaf501c7c95a47a01e91f80c52c8	292f7a9163fd39a93dfd95df4f5d1289044f0e9641954af970a49cf610d569d4
438	2026-12-07T01:36:46.317Z	\N	system	report	measurement	153	\N	{"corrects":null,"evidence":null,"id":153,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":40.0}	292f7a9163fd39a93dfd95df4f5d1289044f0e9641954af970a49cf610d569d4	5aadd58ac53ad871a788c7b2956e9e8a689ef018e6aec3e72498fcf3b9325839
439	2026-12-07T01:36:46.318Z	\N	system	report	measurement	154	\N	{"corrects":null,"evidence":null,"id":154,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":48.0}	5aadd58ac53ad871a788c7b2956e9e8a689ef018e6aec3e72498fcf3b9325839	b2af476f4a2d79be50e40e5c4df05ea66803b0551c438107d9d9986d103f3478
440	2026-12-07T01:36:46.318Z	\N	system	report	measurement	155	\N	{"corrects":null,"evidence":null,"id":155,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":56.0}	b2af476f4a2d79be50e40e5c4df05ea66803b0551c438107d9d9986d103f3478	12858ce28015a605056ad7bbdc14fd25030d913dff3f80eafd37e8c2bb84365a
441	2026-12-07T01:36:46.319Z	\N	system	report	measurement	156	\N	{"corrects":null,"evidence":null,"id":156,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":63.0}	12858ce28015a605056ad7bbdc14fd25030d913dff3f80eafd37e8c2bb84365a	719c3dd7bcacba920b16091c41d7753936db41a190423049e4320b820e08c12d
442	2026-12-07T01:36:46.320Z	\N	system	report	measurement	157	\N	{"corrects":null,"evidence":null,"id":157,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":71.0}	719c3dd7bcacba920b16091c41d7753936db41a190423049e4320b820e08c12d	06d6451b1ad2ab2191634fc46a4dd2fa3ff078f3d282b7e4315c20403fba5875
443	2026-12-07T01:36:46.320Z	\N	system	report	measurement	158	\N	{"corrects":null,"evidence":null,"id":158,"note":"Số liệu sơ bộ","period_no":10,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":80.0}	06d6451b1ad2ab2191634fc46a4dd2fa3ff078f3d282b7e4315c20403fba5875	b837c7d553a140bd1eceb5c7f4302859c7962b4920ef161deb84968c54ec9bb1
444	2026-12-07T01:36:46.321Z	\N	system	report	measurement	159	\N	{"corrects":null,"evidence":null,"id":159,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":94.0}	b837c7d553a140bd1eceb5c7f4302859c7962b4920ef161deb84968c54ec9bb1	66097c32d58ff4ed9a7df8d687df48990d9c66abcb26a47bc423eede7edbbf2a
445	2026-12-07T01:36:46.321Z	\N	system	report	measurement	160	\N	{"corrects":null,"evidence":null,"id":160,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":27,"unit_id":60,"value":96.0}	66097c32d58ff4ed9a7df8d687df48990d9c66abcb26a47bc423eede7edbbf2a	b9e4cd0c57d9ae05457927080ef635897324c3ac0f282dfb60fd1fd76884afd4
446	2026-12-07T01:36:46.322Z	\N	system	report	measurement	161	\N	{"corrects":null,"evidence":null,"id":161,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":28,"unit_id":60,"value":3.7999999999999998}	b9e4cd0c57d9ae05457927080ef635897324c3ac0f282dfb60fd1fd76884afd4	9c9763b08963d5205c203c4497eb2ac0f1afa47c581c09ebbc552fc90127e604
447	2026-12-07T01:36:46.323Z	\N	system	report	measurement	162	\N	{"corrects":null,"evidence":null,"id":162,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":29,"unit_id":60,"value":80.0}	9c9763b08963d5205c203c4497eb2ac0f1afa47c581c09ebbc552fc90127e604	ff69d669110fe4416c856ff2f1a3e5ddf7ff325781a3127423d350b996698d5a
448	2026-12-07T01:36:46.323Z	\N	system	report	measurement	163	\N	{"corrects":null,"evidence":null,"id":163,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":28,"unit_id":60,"value":4.2000000000000002}	ff69d669110fe4416c856ff2f1a3e5ddf7ff325781a3127423d350b996698d5a	0c028e19f2c2a0ecdc0760bc4467b336a508944b7b818dfb0bd71c7f90383634
449	2026-12-07T01:36:46.324Z	\N	system	report	measurement	164	\N	{"corrects":null,"evidence":null,"id":164,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	0c028e19f2c2a0ecdc0760bc4467b336a508944b7b818dfb0bd71c7f90383634	73e833488890caba6fbebff0212e554642157ef98f250caf1288964c06fc6d0f
450	2026-12-07T01:36:46.324Z	\N	system	report	measurement	165	\N	{"corrects":null,"evidence":null,"id":165,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":28,"unit_id":60,"value":4.5999999999999996}	73e833488890caba6fbebff0212e554642157ef98f250caf1288964c06fc6d0f	87da4720937fa390d4a1ae65bfe63bff873c6259df65534fface8fe9c622cd94
451	2026-12-07T01:36:46.325Z	\N	system	report	measurement	166	\N	{"corrects":null,"evidence":null,"id":166,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	87da4720937fa390d4a1ae65bfe63bff873c6259df65534fface8fe9c622cd94	6a5b13e24f387d0833301323f394e4af49961922a1a4b0ab033ac3ce0f26a3ce
452	2026-12-07T01:36:46.325Z	\N	system	report	measurement	167	\N	{"corrects":null,"evidence":null,"id":167,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":28,"unit_id":60,"value":4.9000000000000004}	6a5b13e24f387d0833301323f394e4af49961922a1a4b0ab033ac3ce0f26a3ce	193d055c0c06015fe027cf34381748ec6635ea68fd56676c097d942b8c0132b3
453	2026-12-07T01:36:46.328Z	\N	system	report	measurement	168	\N	{"corrects":null,"evidence":null,"id":168,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	193d055c0c06015fe027cf34381748ec6635ea68fd56676c097d942b8c0132b3	a88131de21ad7bbcb1128f239cba742486e3cdf3237603422c0fa40e83552899
454	2026-12-07T01:36:46.328Z	\N	system	report	measurement	169	\N	{"corrects":null,"evidence":null,"id":169,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":8.0}	a88131de21ad7bbcb1128f239cba742486e3cdf3237603422c0fa40e83552899	ec1740c1586563be1c310cf0b8545211ef8222ee24938ef1105b5c78bdb040d1
455	2026-12-07T01:36:46.328Z	\N	system	report	measurement	170	\N	{"corrects":null,"evidence":null,"id":170,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":17.0}	ec1740c1586563be1c310cf0b8545211ef8222ee24938ef1105b5c78bdb040d1	31b8d01675f8e881f504530db80394f36797ee0d31e94a9fc506f5d9560ff652
456	2026-12-07T01:36:46.329Z	\N	system	report	measurement	171	\N	{"corrects":null,"evidence":null,"id":171,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":26.0}	31b8d01675f8e881f504530db80394f36797ee0d31e94a9fc506f5d9560ff652	e0c09aab0512df86914b4d87ca65ec053d5c2b8e2f0ad126fa434de83bf5a900
457	2026-12-07T01:36:46.329Z	\N	system	report	measurement	172	\N	{"corrects":null,"evidence":null,"id":172,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":34.0}	e0c09aab0512df86914b4d87ca65ec053d5c2b8e2f0ad126fa434de83bf5a900	52b8e77694b82c7b26bae9e70036a7ca9a869282b7a8a9abb5ab7e7c73d9cbef
458	2026-12-07T01:36:46.330Z	\N	system	report	measurement	173	\N	{"corrects":null,"evidence":null,"id":173,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":44.0}	52b8e77694b82c7b26bae9e70036a7ca9a869282b7a8a9abb5ab7e7c73d9cbef	a4d7441324a792c7e8903115c9fc72b3ebbbcfb7e70a16234576314a69590236
459	2026-12-07T01:36:46.330Z	\N	system	report	measurement	174	\N	{"corrects":null,"evidence":null,"id":174,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":52.0}	a4d7441324a792c7e8903115c9fc72b3ebbbcfb7e70a16234576314a69590236	e0c78fe9be68ac7ec92e306b26e8134b642ee44f1243870685afc9f169f05226
460	2026-12-07T01:36:46.330Z	\N	system	report	measurement	175	\N	{"corrects":null,"evidence":null,"id":175,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":60.0}	e0c78fe9be68ac7ec92e306b26e8134b642ee44f1243870685afc9f169f05226	42653687338af823f06e12a6635bc4ed2b0a29e3806e59492c7e4cae8ecdadb6
461	2026-12-07T01:36:46.331Z	\N	system	report	measurement	176	\N	{"corrects":null,"evidence":null,"id":176,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":69.0}	42653687338af823f06e12a6635bc4ed2b0a29e3806e59492c7e4cae8ecdadb6	5cfaae7ff5e8e6acdc0420a038c86aba95be1184e9901f14062ee3694fe9ce2a
462	2026-12-07T01:36:46.331Z	\N	system	report	measurement	177	\N	{"corrects":null,"evidence":null,"id":177,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":77.0}	5cfaae7ff5e8e6acdc0420a038c86aba95be1184e9901f14062ee3694fe9ce2a	841546fc35777e2a42c2fa8b856653171dabea6f8c977ed6d1afba61800702ab
463	2026-12-07T01:36:46.332Z	\N	system	report	measurement	178	\N	{"corrects":null,"evidence":null,"id":178,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":86.0}	841546fc35777e2a42c2fa8b856653171dabea6f8c977ed6d1afba61800702ab	f41206ed85c7d799bfe097283ed6de66daac90cc9dc2121b16ad88b60ada76dc
464	2026-12-07T01:36:46.332Z	\N	system	report	measurement	179	\N	{"corrects":null,"evidence":null,"id":179,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":102.0}	f41206ed85c7d799bfe097283ed6de66daac90cc9dc2121b16ad88b60ada76dc	5e75ff92f72c5de893cf040f2c730891d05641afefe8c9fa80b02d7ff07dd4d8
465	2026-12-07T01:36:46.332Z	\N	system	report	measurement	180	\N	{"corrects":null,"evidence":null,"id":180,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":30,"unit_id":67,"value":104.0}	5e75ff92f72c5de893cf040f2c730891d05641afefe8c9fa80b02d7ff07dd4d8	5a039a950956bf5d9814d26b09c8d136deeacc11c45411ba8e39cf5ffcdbd352
466	2026-12-07T01:36:46.333Z	\N	system	report	measurement	181	\N	{"corrects":null,"evidence":null,"id":181,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":31,"unit_id":67,"value":3.2999999999999998}	5a039a950956bf5d9814d26b09c8d136deeacc11c45411ba8e39cf5ffcdbd352	26cad3f4c3471229a8d9515f110712d412316338b9377caee08e9f05e9411d11
467	2026-12-07T01:36:46.333Z	\N	system	report	measurement	182	\N	{"corrects":null,"evidence":null,"id":182,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	26cad3f4c3471229a8d9515f110712d412316338b9377caee08e9f05e9411d11	5a27b2987e01650706686c6de66a785ecf982c8f4e7cdcb853324f13051d1b33
468	2026-12-07T01:36:46.333Z	\N	system	report	measurement	183	\N	{"corrects":null,"evidence":null,"id":183,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":31,"unit_id":67,"value":3.7000000000000002}	5a27b2987e01650706686c6de66a785ecf982c8f4e7cdcb853324f13051d1b33	4b95376ce0705518b58228170b710cd5722726c03a2a6fb4bd3a40cbd668a74d
469	2026-12-07T01:36:46.334Z	\N	system	report	measurement	184	\N	{"corrects":null,"evidence":null,"id":184,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	4b95376ce0705518b58228170b710cd5722726c03a2a6fb4bd3a40cbd668a74d	ae901c82988f5a5d09c278cdea6d46cc21864c72a6842b25bdf2cd2a45a5e57b
470	2026-12-07T01:36:46.336Z	\N	system	report	measurement	185	\N	{"corrects":null,"evidence":null,"id":185,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":31,"unit_id":67,"value":4.0999999999999996}	ae901c82988f5a5d09c278cdea6d46cc21864c72a6842b25bdf2cd2a45a5e57b	a90b9a52485abf3c5501ef31e765753d01d35ab991a6b9c5a2f622cd9ab9d1cc
471	2026-12-07T01:36:46.336Z	\N	system	report	measurement	186	\N	{"corrects":null,"evidence":null,"id":186,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	a90b9a52485abf3c5501ef31e765753d01d35ab991a6b9c5a2f622cd9ab9d1cc	86ca5a877659ef5b6f966db81a3d2c03b2a4551f81bc3d31d5dc6b95b85863a7
472	2026-12-07T01:36:46.337Z	\N	system	report	measurement	187	\N	{"corrects":null,"evidence":null,"id":187,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":31,"unit_id":67,"value":4.4000000000000004}	86ca5a877659ef5b6f966db81a3d2c03b2a4551f81bc3d31d5dc6b95b85863a7	3df56e41eee623a6985c2fdbe548a08080354fe3d36d1506032f67bb03f4decb
473	2026-12-07T01:36:46.337Z	\N	system	report	measurement	188	\N	{"corrects":null,"evidence":null,"id":188,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	3df56e41eee623a6985c2fdbe548a08080354fe3d36d1506032f67bb03f4decb	81f162742c65d0b130e6dab9dcc8c6f9887a6d025d19564934ada7eea605fb29
474	2026-12-07T01:36:46.337Z	\N	system	report	measurement	189	\N	{"corrects":null,"evidence":null,"id":189,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":20.0}	81f162742c65d0b130e6dab9dcc8c6f9887a6d025d19564934ada7eea605fb29	78fc801e437099ad74c5a8ff5dc735b6e5e09e15c1f9c58a1d5827cf27e3972e
475	2026-12-07T01:36:46.338Z	\N	system	report	measurement	190	\N	{"corrects":null,"evidence":null,"id":190,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":41.0}	78fc801e437099ad74c5a8ff5dc735b6e5e09e15c1f9c58a1d5827cf27e3972e	3b3aa0e92d7f6f5488eaf7bc1ff5a18645ba4d77a93c3ce42a6a2bd029f6f72b
476	2026-12-07T01:36:46.338Z	\N	system	report	measurement	191	\N	{"corrects":null,"evidence":null,"id":191,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":63.0}	3b3aa0e92d7f6f5488eaf7bc1ff5a18645ba4d77a93c3ce42a6a2bd029f6f72b	86d52ba6d04043ce2ef4f6b7d60e7962463a4ec510536c73818b828ada425496
477	2026-12-07T01:36:46.338Z	\N	system	report	measurement	192	\N	{"corrects":null,"evidence":null,"id":192,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":84.0}	86d52ba6d04043ce2ef4f6b7d60e7962463a4ec510536c73818b828ada425496	41949c328b82d769d0b4446da71de6cee0918753a14d7af478952a83ab30de83
478	2026-12-07T01:36:46.339Z	\N	system	report	measurement	193	\N	{"corrects":null,"evidence":null,"id":193,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":107.0}	41949c328b82d769d0b4446da71de6cee0918753a14d7af478952a83ab30de83	c7a6cda7afe85be3f30351d322a40b0d005880d0707fe326354420c4208ef2fc
479	2026-12-07T01:36:46.339Z	\N	system	report	measurement	194	\N	{"corrects":null,"evidence":null,"id":194,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":127.0}	c7a6cda7afe85be3f30351d322a40b0d005880d0707fe326354420c4208ef2fc	6fb7493239306807d2dd4506c247619110f205779803af3783bb5563d0d7d250
480	2026-12-07T01:36:46.340Z	\N	system	report	measurement	195	\N	{"corrects":null,"evidence":null,"id":195,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":147.0}	6fb7493239306807d2dd4506c247619110f205779803af3783bb5563d0d7d250	1016dfcf93df1935434ca066aa8ef17dec202be592064cc90f411e334f803239
481	2026-12-07T01:36:46.344Z	\N	system	report	measurement	196	\N	{"corrects":null,"evidence":null,"id":196,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":167.0}	1016dfcf93df1935434ca066aa8ef17dec202be592064cc90f411e334f803239	4cb4da8e1a61264aa328a3d4334c7d654001a235ae85ddb4c19287b9c98717d2
482	2026-12-07T01:36:46.344Z	\N	system	report	measurement	197	\N	{"corrects":null,"evidence":null,"id":197,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":188.0}	4cb4da8e1a61264aa328a3d4334c7d654001a235ae85ddb4c19287b9c98717d2	6110acf6b1521d273c731ac2f8f89b0fa9a65807b04b490e8934ce76d8f7cff4
483	2026-12-07T01:36:46.344Z	\N	system	report	measurement	198	\N	{"corrects":null,"evidence":null,"id":198,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":211.0}	6110acf6b1521d273c731ac2f8f89b0fa9a65807b04b490e8934ce76d8f7cff4	3bb265063daa6ba80da7ae4193dae7d8b93d3ce41db0d66012e3adde6023338f
484	2026-12-07T01:36:46.345Z	\N	system	report	measurement	199	\N	{"corrects":null,"evidence":null,"id":199,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":249.0}	3bb265063daa6ba80da7ae4193dae7d8b93d3ce41db0d66012e3adde6023338f	917d6963693568a2cf7197d4d01763583b4e30c6246bf6a6fc4f0dfe23ce828c
485	2026-12-07T01:36:46.345Z	\N	system	report	measurement	200	\N	{"corrects":null,"evidence":null,"id":200,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":33,"unit_id":74,"value":254.0}	917d6963693568a2cf7197d4d01763583b4e30c6246bf6a6fc4f0dfe23ce828c	93d7d48ce2c9f6d96e93af93cea102dbaa1cb74884ad26223ad0185d32857d29
486	2026-12-07T01:36:46.346Z	\N	system	report	measurement	201	\N	{"corrects":null,"evidence":null,"id":201,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":34,"unit_id":74,"value":2.8999999999999999}	93d7d48ce2c9f6d96e93af93cea102dbaa1cb74884ad26223ad0185d32857d29	c73ed7061066ee5a995f4b7e96875c43a8d440c18a78fe3c0a4b6041acb0bbc5
487	2026-12-07T01:36:46.346Z	\N	system	report	measurement	202	\N	{"corrects":null,"evidence":null,"id":202,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	c73ed7061066ee5a995f4b7e96875c43a8d440c18a78fe3c0a4b6041acb0bbc5	e996a9aad13308c6ddb5b880078980ad17ab7a51d0c82f6f48d407b54c1874bb
488	2026-12-07T01:36:46.346Z	\N	system	report	measurement	203	\N	{"corrects":null,"evidence":null,"id":203,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":34,"unit_id":74,"value":3.3999999999999999}	e996a9aad13308c6ddb5b880078980ad17ab7a51d0c82f6f48d407b54c1874bb	fb4ba31787d766cdf59c9eaf23789bcad571fbeeb7dfe08698798d6e341b42c0
489	2026-12-07T01:36:46.347Z	\N	system	report	measurement	204	\N	{"corrects":null,"evidence":null,"id":204,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	fb4ba31787d766cdf59c9eaf23789bcad571fbeeb7dfe08698798d6e341b42c0	bc5aab7932a51f74565d82e44dc9fb15d597291996ccdebecd980a464846be36
490	2026-12-07T01:36:46.347Z	\N	system	report	measurement	205	\N	{"corrects":null,"evidence":null,"id":205,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":34,"unit_id":74,"value":3.7999999999999998}	bc5aab7932a51f74565d82e44dc9fb15d597291996ccdebecd980a464846be36	ba039f08b1ce2b944da274bb442a3b9c14bb8a530d65f378a17e15988d7b3203
491	2026-12-07T01:36:46.348Z	\N	system	report	measurement	206	\N	{"corrects":null,"evidence":null,"id":206,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	ba039f08b1ce2b944da274bb442a3b9c14bb8a530d65f378a17e15988d7b3203	efeeefa6f5c48776ea361ef313210c879150695c7f27d5cd385875ec1c0a21fe
492	2026-12-07T01:36:46.348Z	\N	system	report	measurement	207	\N	{"corrects":null,"evidence":null,"id":207,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":34,"unit_id":74,"value":4.2000000000000002}	efeeefa6f5c48776ea361ef313210c879150695c7f27d5cd385875ec1c0a21fe	7360e72073ea66f74d47811f75dd69ac94e92500174f806d883f42b116284892
493	2026-12-07T01:36:46.349Z	\N	system	report	measurement	208	\N	{"corrects":null,"evidence":null,"id":208,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":35,"unit_id":74,"value":100.0}	7360e72073ea66f74d47811f75dd69ac94e92500174f806d883f42b116284892	90200b08ffdb50d7e5be358ad217624fcd5e454b274beb7321577267d92efefa
494	2026-12-07T01:36:46.349Z	\N	system	report	measurement	209	\N	{"corrects":null,"evidence":null,"id":209,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":9.0}	90200b08ffdb50d7e5be358ad217624fcd5e454b274beb7321577267d92efefa	ad95b19fc6b4e07167d35b44b9710eaad276c8d88d7b5adf9f6299f31acfe57c
495	2026-12-07T01:36:46.349Z	\N	system	report	measurement	210	\N	{"corrects":null,"evidence":null,"id":210,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":17.0}	ad95b19fc6b4e07167d35b44b9710eaad276c8d88d7b5adf9f6299f31acfe57c	e756fadee9e74cf8a6aef144a003820be267d954cf939fe0b378cdf1d9257f10
496	2026-12-07T01:36:46.350Z	\N	system	report	measurement	211	\N	{"corrects":null,"evidence":null,"id":211,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":27.0}	e756fadee9e74cf8a6aef144a003820be267d954cf939fe0b378cdf1d9257f10	95a14107d450a0ecc4b713f2e1ffcc0dc9f39cc31d8dc4a97a7153a2a7ec7a57
497	2026-12-07T01:36:46.354Z	\N	system	report	measurement	212	\N	{"corrects":null,"evidence":null,"id":212,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":36.0}	95a14107d450a0ecc4b713f2e1ffcc0dc9f39cc31d8dc4a97a7153a2a7ec7a57	b33d35081545b71bd165b4b33db79322d9e6982c842799eca3434b799e915689
498	2026-12-07T01:36:46.355Z	\N	system	report	measurement	213	\N	{"corrects":null,"evidence":null,"id":213,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":46.0}	b33d35081545b71bd165b4b33db79322d9e6982c842799eca3434b799e915689	432b7811305048f17e3f6e185787cfc2dce6d969870419e4adbf15e9027c5701
499	2026-12-07T01:36:46.356Z	\N	system	report	measurement	214	\N	{"corrects":null,"evidence":null,"id":214,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":55.0}	432b7811305048f17e3f6e185787cfc2dce6d969870419e4adbf15e9027c5701	08a70f027927f3077d768ee65eb8d0581f4fdccdfacd3d714426b7f2fe7c109d
500	2026-12-07T01:36:46.356Z	\N	system	report	measurement	215	\N	{"corrects":null,"evidence":null,"id":215,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":63.0}	08a70f027927f3077d768ee65eb8d0581f4fdccdfacd3d714426b7f2fe7c109d	3eb5399255da52eab76861b9a5353ade983862d3729e1fbbc0a8d77849189092
501	2026-12-07T01:36:46.356Z	\N	system	report	measurement	216	\N	{"corrects":null,"evidence":null,"id":216,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":72.0}	3eb5399255da52eab76861b9a5353ade983862d3729e1fbbc0a8d77849189092	199dab76031a22974c9efa2c19b7dd8b2e8bbce68fe8c7486bea3fc09af4b6f4
502	2026-12-07T01:36:46.357Z	\N	system	report	measurement	217	\N	{"corrects":null,"evidence":null,"id":217,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":81.0}	199dab76031a22974c9efa2c19b7dd8b2e8bbce68fe8c7486bea3fc09af4b6f4	538eef77b51846c124151942475401603899eb2197127531debd6c8cce6d44e5
503	2026-12-07T01:36:46.357Z	\N	system	report	measurement	218	\N	{"corrects":null,"evidence":null,"id":218,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":91.0}	538eef77b51846c124151942475401603899eb2197127531debd6c8cce6d44e5	f6688c181e27f7fe0a51986a9b370342dd2badba2924bce151aeb0291896878c
504	2026-12-07T01:36:46.357Z	\N	system	report	measurement	219	\N	{"corrects":null,"evidence":null,"id":219,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":107.0}	f6688c181e27f7fe0a51986a9b370342dd2badba2924bce151aeb0291896878c	7a5b76fb6ec6d6c9c837634ae7c700310587277e9ab98490fce17279d73d4dac
505	2026-12-07T01:36:46.358Z	\N	system	report	measurement	220	\N	{"corrects":null,"evidence":null,"id":220,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":36,"unit_id":81,"value":109.0}	7a5b76fb6ec6d6c9c837634ae7c700310587277e9ab98490fce17279d73d4dac	74d9206fe73213d70eafcfd59f0ff792f046611a3190fa794c3c3025172edc54
506	2026-12-07T01:36:46.358Z	\N	system	report	measurement	221	\N	{"corrects":null,"evidence":null,"id":221,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":37,"unit_id":81,"value":3.0}	74d9206fe73213d70eafcfd59f0ff792f046611a3190fa794c3c3025172edc54	5f138eb066cce757cc2c1e60d91b45b38c17ec1df2a9e419e9d73b97109fe870
507	2026-12-07T01:36:46.364Z	\N	system	report	measurement	222	\N	{"corrects":null,"evidence":null,"id":222,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":38,"unit_id":81,"value":60.0}	5f138eb066cce757cc2c1e60d91b45b38c17ec1df2a9e419e9d73b97109fe870	8649522c3872b448ee5b44589eb56d61ae950ac538ead460887caebc417d5f9a
508	2026-12-07T01:36:46.364Z	\N	system	report	measurement	223	\N	{"corrects":null,"evidence":null,"id":223,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":37,"unit_id":81,"value":3.5}	8649522c3872b448ee5b44589eb56d61ae950ac538ead460887caebc417d5f9a	89b886d3af78834dfed6de2eea1e0d93f77665b54393a52630e5570388aa28e3
509	2026-12-07T01:36:46.365Z	\N	system	report	measurement	224	\N	{"corrects":null,"evidence":null,"id":224,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	89b886d3af78834dfed6de2eea1e0d93f77665b54393a52630e5570388aa28e3	7ec9645de7a70d6cc4c201cac44dc1d8d305a902827ddefa70ebe31dcda4e4af
510	2026-12-07T01:36:46.365Z	\N	system	report	measurement	225	\N	{"corrects":null,"evidence":null,"id":225,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":37,"unit_id":81,"value":3.7999999999999998}	7ec9645de7a70d6cc4c201cac44dc1d8d305a902827ddefa70ebe31dcda4e4af	7669d214c2a3e2f84447abfa24b4e1360ae5cf9f142cb026496bc71ca73b88d1
511	2026-12-07T01:36:46.366Z	\N	system	report	measurement	226	\N	{"corrects":null,"evidence":null,"id":226,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	7669d214c2a3e2f84447abfa24b4e1360ae5cf9f142cb026496bc71ca73b88d1	69696dee1db9b5a9ded54aa9b7954477fca46730a5b83e1cd98aad9f114e99b3
512	2026-12-07T01:36:46.366Z	\N	system	report	measurement	227	\N	{"corrects":null,"evidence":null,"id":227,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":37,"unit_id":81,"value":4.0}	69696dee1db9b5a9ded54aa9b7954477fca46730a5b83e1cd98aad9f114e99b3	ec8a32f08975dbd02419bc691411e305349b931c9f01b84f0df524fed1e1ef21
513	2026-12-07T01:36:46.367Z	\N	system	report	measurement	228	\N	{"corrects":null,"evidence":null,"id":228,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	ec8a32f08975dbd02419bc691411e305349b931c9f01b84f0df524fed1e1ef21	5edf963d99992b66ddee6f3e763a9f6e0f97c2e76f120eaa2bf1955f51254aff
514	2026-12-07T01:36:46.367Z	\N	system	report	measurement	229	\N	{"corrects":null,"evidence":null,"id":229,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":16.0}	5edf963d99992b66ddee6f3e763a9f6e0f97c2e76f120eaa2bf1955f51254aff	ea6f845b3ea6923f2a902d239ffb3042d94529a341b337e618f96762448bdae0
515	2026-12-07T01:36:46.368Z	\N	system	report	measurement	230	\N	{"corrects":null,"evidence":null,"id":230,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":32.0}	ea6f845b3ea6923f2a902d239ffb3042d94529a341b337e618f96762448bdae0	d1249bd98d1ed290121bd8264c252c06f259bdd99a948192b5c8828f80af8511
516	2026-12-07T01:36:46.369Z	\N	system	report	measurement	231	\N	{"corrects":null,"evidence":null,"id":231,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":50.0}	d1249bd98d1ed290121bd8264c252c06f259bdd99a948192b5c8828f80af8511	249f6b175477936d97203774135c810656bc24765cdfbe2b3493ea029e4d01d0
517	2026-12-07T01:36:46.369Z	\N	system	report	measurement	232	\N	{"corrects":null,"evidence":null,"id":232,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":67.0}	249f6b175477936d97203774135c810656bc24765cdfbe2b3493ea029e4d01d0	dd8b97498d60cc0ad2979c90da477adf50c4126c3770e0221f5315f8691f536d
518	2026-12-07T01:36:46.370Z	\N	system	report	measurement	233	\N	{"corrects":null,"evidence":null,"id":233,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":85.0}	dd8b97498d60cc0ad2979c90da477adf50c4126c3770e0221f5315f8691f536d	6bba0527c26ed6ad4f12feee9880328246e96030cd2f4e56c9ae1387b4d7ce79
519	2026-12-07T01:36:46.370Z	\N	system	report	measurement	234	\N	{"corrects":null,"evidence":null,"id":234,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":101.0}	6bba0527c26ed6ad4f12feee9880328246e96030cd2f4e56c9ae1387b4d7ce79	d264cbec6e906a25280fc54d957f4e2af24527b8234a98fe6d96ee3465c1fc20
520	2026-12-07T01:36:46.371Z	\N	system	report	measurement	235	\N	{"corrects":null,"evidence":null,"id":235,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":117.0}	d264cbec6e906a25280fc54d957f4e2af24527b8234a98fe6d96ee3465c1fc20	a8ab4ddfa26222a988ae441b09f92e410b1cd78afc225b7e2cf9836731eea2ff
521	2026-12-07T01:36:46.371Z	\N	system	report	measurement	236	\N	{"corrects":null,"evidence":null,"id":236,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":133.0}	a8ab4ddfa26222a988ae441b09f92e410b1cd78afc225b7e2cf9836731eea2ff	0f29215601e6c63453830b6ceea802ba2559775326384962ba1b09d2ebb67d43
522	2026-12-07T01:36:46.371Z	\N	system	report	measurement	237	\N	{"corrects":null,"evidence":null,"id":237,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":149.0}	0f29215601e6c63453830b6ceea802ba2559775326384962ba1b09d2ebb67d43	d6bb0a184dff520c04692b7eaba2772407baa98cb87dc7c968bc667ea540b746
523	2026-12-07T01:36:46.372Z	\N	system	report	measurement	238	\N	{"corrects":null,"evidence":null,"id":238,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":167.0}	d6bb0a184dff520c04692b7eaba2772407baa98cb87dc7c968bc667ea540b746	e6798d433864b993d0ecbdaf81272d5e313758eb69ed3b6b009f0c87fefe6b68
524	2026-12-07T01:36:46.372Z	\N	system	report	measurement	239	\N	{"corrects":null,"evidence":null,"id":239,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":198.0}	e6798d433864b993d0ecbdaf81272d5e313758eb69ed3b6b009f0c87fefe6b68	3990298099e3be252375c84dced4f065b1644268c5bcb72101cf16bbe1d31a44
525	2026-12-07T01:36:46.373Z	\N	system	report	measurement	240	\N	{"corrects":null,"evidence":null,"id":240,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":39,"unit_id":88,"value":202.0}	3990298099e3be252375c84dced4f065b1644268c5bcb72101cf16bbe1d31a44	34a3382988c4bded2f1cb4a9b1562c577621135a99b53a7260516b48a03e44d2
526	2026-12-07T01:36:46.373Z	\N	system	report	measurement	241	\N	{"corrects":null,"evidence":null,"id":241,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":40,"unit_id":88,"value":3.2000000000000002}	34a3382988c4bded2f1cb4a9b1562c577621135a99b53a7260516b48a03e44d2	4bef9d265c88a9349443081fe3d516b597bbd66da4db5baa3475d143a9e64066
527	2026-12-07T01:36:46.373Z	\N	system	report	measurement	242	\N	{"corrects":null,"evidence":null,"id":242,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	4bef9d265c88a9349443081fe3d516b597bbd66da4db5baa3475d143a9e64066	e0f3b0bfef3b5497b46628b082f7a22798884c3f217255eab678efeb5cbbaf4f
528	2026-12-07T01:36:46.374Z	\N	system	report	measurement	243	\N	{"corrects":null,"evidence":null,"id":243,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":40,"unit_id":88,"value":3.7999999999999998}	e0f3b0bfef3b5497b46628b082f7a22798884c3f217255eab678efeb5cbbaf4f	091c5324ef2d91d2c3a5466bbc63ba747885efbf0a835580ee9258e76bba3738
529	2026-12-07T01:36:46.374Z	\N	system	report	measurement	244	\N	{"corrects":null,"evidence":null,"id":244,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	091c5324ef2d91d2c3a5466bbc63ba747885efbf0a835580ee9258e76bba3738	f1a7ae8ab0d21ab0a02ea3015e4d9e95b4d39fd55ec5f695ed0dbd2fcc374d07
530	2026-12-07T01:36:46.380Z	\N	system	report	measurement	245	\N	{"corrects":null,"evidence":null,"id":245,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":40,"unit_id":88,"value":4.2999999999999998}	f1a7ae8ab0d21ab0a02ea3015e4d9e95b4d39fd55ec5f695ed0dbd2fcc374d07	da364256a291b91807639d16ceb54359b05fe8b52c9f4797e46cabb3883b7c05
531	2026-12-07T01:36:46.381Z	\N	system	report	measurement	246	\N	{"corrects":null,"evidence":null,"id":246,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	da364256a291b91807639d16ceb54359b05fe8b52c9f4797e46cabb3883b7c05	e00da8006fc7e90fedc7c98aa7c7dfb214edd5016c4db288706a62ec89119753
532	2026-12-07T01:36:46.382Z	\N	system	report	measurement	247	\N	{"corrects":null,"evidence":null,"id":247,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":40,"unit_id":88,"value":4.7000000000000002}	e00da8006fc7e90fedc7c98aa7c7dfb214edd5016c4db288706a62ec89119753	6694b6ee0d6786d43c9f3abb4e136437731d8c8e79835edf6dac9c5d479043a0
533	2026-12-07T01:36:46.382Z	\N	system	report	measurement	248	\N	{"corrects":null,"evidence":null,"id":248,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607406,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	6694b6ee0d6786d43c9f3abb4e136437731d8c8e79835edf6dac9c5d479043a0	d2f0d799ae8b86cba8721ffcad0921a23dc24e9a875b2ebef96f767543817426
534	2026-12-07T01:36:46.383Z	\N	system	report	measurement	249	\N	{"corrects":null,"evidence":null,"id":249,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":12.0}	d2f0d799ae8b86cba8721ffcad0921a23dc24e9a875b2ebef96f767543817426	f822599ebc618c8326736ea5ca92b3c10aeb5b9a0af40677f462cbd5aa5eb957
535	2026-12-07T01:36:46.383Z	\N	system	report	measurement	250	\N	{"corrects":null,"evidence":null,"id":250,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":24.0}	f822599ebc618c8326736ea5ca92b3c10aeb5b9a0af40677f462cbd5aa5eb957	989c1c807eb3904896cfc12484f743c64d1ffccc02bcd4826b2632cc17384ed2
536	2026-12-07T01:36:46.384Z	\N	system	report	measurement	251	\N	{"corrects":null,"evidence":null,"id":251,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":38.0}	989c1c807eb3904896cfc12484f743c64d1ffccc02bcd4826b2632cc17384ed2	61716dd4ed019d2cac34435dad4c428707338906298932fab6235955b276a5d6
537	2026-12-07T01:36:46.384Z	\N	system	report	measurement	252	\N	{"corrects":null,"evidence":null,"id":252,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":50.0}	61716dd4ed019d2cac34435dad4c428707338906298932fab6235955b276a5d6	7d93db820d0588de199807362ecb9813d3b91a9351dea581339adec11b280823
538	2026-12-07T01:36:46.385Z	\N	system	report	measurement	253	\N	{"corrects":null,"evidence":null,"id":253,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":63.0}	7d93db820d0588de199807362ecb9813d3b91a9351dea581339adec11b280823	fa7dfec5fc3e03339ffada59f1a9439bedd485d692afca4172b0b2d62b67c128
539	2026-12-07T01:36:46.385Z	\N	system	report	measurement	254	\N	{"corrects":null,"evidence":null,"id":254,"note":null,"period_no":6,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":75.0}	fa7dfec5fc3e03339ffada59f1a9439bedd485d692afca4172b0b2d62b67c128	c37151378cd9a0dfde54e7ed6b1de29fa4458cad1abea44c88e27561bd90a0f5
540	2026-12-07T01:36:46.386Z	\N	system	report	measurement	255	\N	{"corrects":null,"evidence":null,"id":255,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":87.0}	c37151378cd9a0dfde54e7ed6b1de29fa4458cad1abea44c88e27561bd90a0f5	05e1035a4d08a36368254c7377561e88528ffb74bddab45c7a2e088d7dcf1621
541	2026-12-07T01:36:46.386Z	\N	system	report	measurement	256	\N	{"corrects":null,"evidence":null,"id":256,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":100.0}	05e1035a4d08a36368254c7377561e88528ffb74bddab45c7a2e088d7dcf1621	7277d8cd896eebc99af3410639438f7f86fdd49a890477ab78e4872914fcb417
542	2026-12-07T01:36:46.387Z	\N	system	report	measurement	257	\N	{"corrects":null,"evidence":null,"id":257,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":112.0}	7277d8cd896eebc99af3410639438f7f86fdd49a890477ab78e4872914fcb417	e1f56a59c78b1a84add24f2315622ce05206b4e1034c7f42b723916c938e0fe1
543	2026-12-07T01:36:46.387Z	\N	system	report	measurement	258	\N	{"corrects":null,"evidence":null,"id":258,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":125.0}	e1f56a59c78b1a84add24f2315622ce05206b4e1034c7f42b723916c938e0fe1	9ed1da54b5020a10515defff77a0da9217b2cb645f151162902baa052a65ee99
544	2026-12-07T01:36:46.388Z	\N	system	report	measurement	259	\N	{"corrects":null,"evidence":null,"id":259,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":148.0}	9ed1da54b5020a10515defff77a0da9217b2cb645f151162902baa052a65ee99	e809fd6fa3bce4c0d8de4ef510753774bffe2fe1a774a27d24c01a48cc7c10fb
545	2026-12-07T01:36:46.388Z	\N	system	report	measurement	260	\N	{"corrects":null,"evidence":null,"id":260,"note":null,"period_no":12,"reported_at":1796607406,"reporter":"system","target_id":42,"unit_id":95,"value":151.0}	e809fd6fa3bce4c0d8de4ef510753774bffe2fe1a774a27d24c01a48cc7c10fb	95f23a18f832993dd2c442ac044a07a7cf3a754946c3763c3c61d8b619208bea
546	2026-12-07T01:36:46.389Z	\N	system	report	measurement	261	\N	{"corrects":null,"evidence":null,"id":261,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":43,"unit_id":95,"value":3.0}	95f23a18f832993dd2c442ac044a07a7cf3a754946c3763c3c61d8b619208bea	aabc691a9bb30ee93c986040c7da3f6eee0733fc9b32a199f215fcb373184d8c
547	2026-12-07T01:36:46.389Z	\N	system	report	measurement	262	\N	{"corrects":null,"evidence":null,"id":262,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607406,"reporter":"system","target_id":44,"unit_id":95,"value":80.0}	aabc691a9bb30ee93c986040c7da3f6eee0733fc9b32a199f215fcb373184d8c	95b9b538a2588567ab93aa0d1fa5670b05612e04b0cb2ead17a8cfe81befa50d
548	2026-12-07T01:36:46.389Z	\N	system	report	measurement	263	\N	{"corrects":null,"evidence":null,"id":263,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607406,"reporter":"system","target_id":43,"unit_id":95,"value":3.3999999999999999}	95b9b538a2588567ab93aa0d1fa5670b05612e04b0cb2ead17a8cfe81befa50d	dabfc170ff4e7e7f2d6471ebb13ac83f6abe8e46b612a61c69a5e287c3fab09c
549	2026-12-07T01:36:46.390Z	\N	system	report	measurement	264	\N	{"corrects":null,"evidence":null,"id":264,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	dabfc170ff4e7e7f2d6471ebb13ac83f6abe8e46b612a61c69a5e287c3fab09c	2abf9c7506aff5ccaf7f3a518296ea47fffcadea738d29f330d7d5b3efb95f4f
550	2026-12-07T01:36:46.390Z	\N	system	report	measurement	265	\N	{"corrects":null,"evidence":null,"id":265,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":43,"unit_id":95,"value":3.8999999999999999}	2abf9c7506aff5ccaf7f3a518296ea47fffcadea738d29f330d7d5b3efb95f4f	d07363280f876adfed7d6cda193079d6f1412c508994a43d8680d3d383871eb9
551	2026-12-07T01:36:46.391Z	\N	system	report	measurement	266	\N	{"corrects":null,"evidence":null,"id":266,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	d07363280f876adfed7d6cda193079d6f1412c508994a43d8680d3d383871eb9	3b2ef1d9b0d49b36b109a3d5c2419cd223b945174769d1c2b5a2891817416bfa
552	2026-12-07T01:36:46.391Z	\N	system	report	measurement	267	\N	{"corrects":null,"evidence":null,"id":267,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":43,"unit_id":95,"value":4.2999999999999998}	3b2ef1d9b0d49b36b109a3d5c2419cd223b945174769d1c2b5a2891817416bfa	a84252ab737afc9e5748bb1d9e3ecffe5915c0cf6f4ff56e096db031cc667fe3
553	2026-12-07T01:36:46.391Z	\N	system	report	measurement	268	\N	{"corrects":null,"evidence":null,"id":268,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	a84252ab737afc9e5748bb1d9e3ecffe5915c0cf6f4ff56e096db031cc667fe3	7fcdf70820ffaf40c7da5f3f8c4e2573656b99794ae9a9e95175a8e018305ab2
554	2026-12-07T01:36:46.392Z	\N	system	report	measurement	269	\N	{"corrects":null,"evidence":null,"id":269,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":4.0}	7fcdf70820ffaf40c7da5f3f8c4e2573656b99794ae9a9e95175a8e018305ab2	53c511a647546b32b728c51c5b85a13752123b5bc37793b957802834b4a441eb
555	2026-12-07T01:36:46.392Z	\N	system	report	measurement	270	\N	{"corrects":null,"evidence":null,"id":270,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":8.0}	53c511a647546b32b728c51c5b85a13752123b5bc37793b957802834b4a441eb	516943697f92a5867dd5f710f8a5c57309a7b84443b36bb93b6a1fbb4575df74
556	2026-12-07T01:36:46.396Z	\N	system	report	measurement	271	\N	{"corrects":null,"evidence":null,"id":271,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":12.0}	516943697f92a5867dd5f710f8a5c57309a7b84443b36bb93b6a1fbb4575df74	b275f5892d6fdc41a782c3eba0e7a6f9b8a181eae24d0fda56e3d9ef1b9920ca
557	2026-12-07T01:36:46.396Z	\N	system	report	measurement	272	\N	{"corrects":null,"evidence":null,"id":272,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":16.0}	b275f5892d6fdc41a782c3eba0e7a6f9b8a181eae24d0fda56e3d9ef1b9920ca	2f7fe81743e6ab567bc0e06283ebc6e1d3f8dec22d9426b4b7ce989656762ea0
558	2026-12-07T01:36:46.397Z	\N	system	report	measurement	273	\N	{"corrects":null,"evidence":null,"id":273,"note":null,"period_no":5,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":20.0}	2f7fe81743e6ab567bc0e06283ebc6e1d3f8dec22d9426b4b7ce989656762ea0	d1e484969d235a66cad7d1bac9669c44d69de0be97465d1f69afe92dd35cfa17
559	2026-12-07T01:36:46.397Z	\N	system	report	measurement	274	\N	{"corrects":null,"evidence":null,"id":274,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":24.0}	d1e484969d235a66cad7d1bac9669c44d69de0be97465d1f69afe92dd35cfa17	9e1cc1d4313c69923be04c4889087b36bed79b985311c209d441487a5822f803
560	2026-12-07T01:36:46.398Z	\N	system	report	measurement	275	\N	{"corrects":null,"evidence":null,"id":275,"note":null,"period_no":7,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":27.0}	9e1cc1d4313c69923be04c4889087b36bed79b985311c209d441487a5822f803	e54a790317bf9428f2774949859b7214306f66c93dcf2d6ad6893968214a29ec
561	2026-12-07T01:36:46.398Z	\N	system	report	measurement	276	\N	{"corrects":null,"evidence":null,"id":276,"note":null,"period_no":8,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":31.0}	e54a790317bf9428f2774949859b7214306f66c93dcf2d6ad6893968214a29ec	d8af06f93eb8c568b6641f0b917ca22f42f197326f8a2080436aa50ba2e69e29
562	2026-12-07T01:36:46.398Z	\N	system	report	measurement	277	\N	{"corrects":null,"evidence":null,"id":277,"note":null,"period_no":9,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":35.0}	d8af06f93eb8c568b6641f0b917ca22f42f197326f8a2080436aa50ba2e69e29	d743ab03ed5696934bf31a47233bed186c61ece185fb1779b0e40ece286742d3
563	2026-12-07T01:36:46.399Z	\N	system	report	measurement	278	\N	{"corrects":null,"evidence":null,"id":278,"note":null,"period_no":10,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":39.0}	d743ab03ed5696934bf31a47233bed186c61ece185fb1779b0e40ece286742d3	f9623dd80dce314b0d9b7e3c41814532e9c89b09d62baae6d88107b8b062dee2
564	2026-12-07T01:36:46.399Z	\N	system	report	measurement	279	\N	{"corrects":null,"evidence":null,"id":279,"note":null,"period_no":11,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":46.0}	f9623dd80dce314b0d9b7e3c41814532e9c89b09d62baae6d88107b8b062dee2	a60e415c75fc78d8295c32fde3b98bcaf017e0830ce42b9f1c1136ea635ccc6b
565	2026-12-07T01:36:46.400Z	\N	system	report	measurement	280	\N	{"corrects":null,"evidence":null,"id":280,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607406,"reporter":"system","target_id":45,"unit_id":102,"value":47.0}	a60e415c75fc78d8295c32fde3b98bcaf017e0830ce42b9f1c1136ea635ccc6b	9e879829de72c9505fa05f4a8f0c0449b13ecc5fec1c3794027e9ed1081fac13
566	2026-12-07T01:36:46.400Z	\N	system	report	measurement	281	\N	{"corrects":null,"evidence":null,"id":281,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":46,"unit_id":102,"value":3.1000000000000001}	9e879829de72c9505fa05f4a8f0c0449b13ecc5fec1c3794027e9ed1081fac13	3a51163873d676b9c1909929c0a777a8f0da1cc8979e97aa59c9c125b4ebf3e1
567	2026-12-07T01:36:46.401Z	\N	system	report	measurement	282	\N	{"corrects":null,"evidence":null,"id":282,"note":null,"period_no":1,"reported_at":1796607406,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	3a51163873d676b9c1909929c0a777a8f0da1cc8979e97aa59c9c125b4ebf3e1	bf5be49d94668d15af2babafeb6b0da45c8afaa1e069e446f445c3569041f7fc
568	2026-12-07T01:36:46.402Z	\N	system	report	measurement	283	\N	{"corrects":null,"evidence":null,"id":283,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":46,"unit_id":102,"value":3.3999999999999999}	bf5be49d94668d15af2babafeb6b0da45c8afaa1e069e446f445c3569041f7fc	67bbf9b4d97a7f07bc2c54857f1718d4136f951c37ec328dde1890f7bf03d2ae
569	2026-12-07T01:36:46.402Z	\N	system	report	measurement	284	\N	{"corrects":null,"evidence":null,"id":284,"note":null,"period_no":2,"reported_at":1796607406,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	67bbf9b4d97a7f07bc2c54857f1718d4136f951c37ec328dde1890f7bf03d2ae	78d6bfd487237bcfac433508c7be0a538a096e4ba1736616224f6d89a5a4c499
570	2026-12-07T01:36:46.403Z	\N	system	report	measurement	285	\N	{"corrects":null,"evidence":null,"id":285,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":46,"unit_id":102,"value":3.7000000000000002}	78d6bfd487237bcfac433508c7be0a538a096e4ba1736616224f6d89a5a4c499	85683c76a746e3323b046daae06ab8a6e40cbf620aa5b4f4a5cdb7ea51dae06d
571	2026-12-07T01:36:46.403Z	\N	system	report	measurement	286	\N	{"corrects":null,"evidence":null,"id":286,"note":null,"period_no":3,"reported_at":1796607406,"reporter":"system","target_id":47,"unit_id":102,"value":60.0}	85683c76a746e3323b046daae06ab8a6e40cbf620aa5b4f4a5cdb7ea51dae06d	56e624f7b5a98cae5345d0c7883a4760d265636eefb66a780e4cf8ee9387d5b4
572	2026-12-07T01:36:46.404Z	\N	system	report	measurement	287	\N	{"corrects":null,"evidence":null,"id":287,"note":null,"period_no":4,"reported_at":1796607406,"reporter":"system","target_id":46,"unit_id":102,"value":3.8999999999999999}	56e624f7b5a98cae5345d0c7883a4760d265636eefb66a780e4cf8ee9387d5b4	7244b5e16db55dd1b8fc5d77b13b82c91ceaa6a43327fa4ccbd5af2d569ad5c6
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
1	1	2	1	10.2	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
2	2	2	1	10.4	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
3	3	2	1	5.8	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
4	7	2	1	68.4	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
5	1	2	2	10.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607406	\N	\N
6	2	2	2	10.2	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607406	\N	\N
7	3	2	2	6.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607406	\N	\N
8	7	2	2	70.6	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607406	\N	\N
9	1	2	3	10.5	\N	\N	\N	system	1796607406	\N	\N
10	2	2	3	9.9	Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu	\N	\N	system	1796607406	\N	\N
11	3	2	3	6.9	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
12	7	2	3	71.3	\N	\N	\N	system	1796607406	\N	\N
13	1	2	4	10.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607406	\N	\N
14	2	2	4	9.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607406	\N	\N
15	3	2	4	7.1	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607406	\N	\N
16	7	2	4	72	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607406	\N	\N
17	4	2	1	4	\N	\N	\N	system	1796607406	\N	\N
18	4	2	2	6.5	\N	\N	\N	system	1796607406	\N	\N
20	4	2	3	14.5	Điều chỉnh theo số liệu Kho bạc	\N	\N	system	1796607406	19	\N
19	4	2	3	12	Số liệu sơ bộ	\N	\N	system	1796607406	\N	20
21	4	2	4	12	\N	\N	\N	system	1796607406	\N	\N
22	4	2	5	16	\N	\N	\N	system	1796607406	\N	\N
23	4	2	6	22	Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng	\N	\N	system	1796607406	\N	\N
24	4	2	7	20	\N	\N	\N	system	1796607406	\N	\N
25	4	2	8	22	\N	\N	\N	system	1796607406	\N	\N
26	4	2	9	26	\N	\N	\N	system	1796607406	\N	\N
27	4	2	10	28	\N	\N	\N	system	1796607406	\N	\N
28	4	2	11	34	\N	\N	\N	system	1796607406	\N	\N
29	4	2	12	50	Số liệu sơ bộ, chờ đối chiếu Kho bạc	\N	\N	system	1796607406	\N	\N
30	9	18	1	12	\N	\N	\N	system	1796607406	\N	\N
31	9	18	2	25	\N	\N	\N	system	1796607406	\N	\N
32	9	18	3	39	\N	\N	\N	system	1796607406	\N	\N
33	9	18	4	51	\N	\N	\N	system	1796607406	\N	\N
34	9	18	5	65	\N	\N	\N	system	1796607406	\N	\N
35	9	18	6	77	\N	\N	\N	system	1796607406	\N	\N
36	9	18	7	90	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
37	9	18	8	102	\N	\N	\N	system	1796607406	\N	\N
38	9	18	9	115	\N	\N	\N	system	1796607406	\N	\N
39	9	18	10	128	\N	\N	\N	system	1796607406	\N	\N
40	9	18	11	152	\N	\N	\N	system	1796607406	\N	\N
41	9	18	12	155	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
42	10	18	1	3.1	\N	\N	\N	system	1796607406	\N	\N
43	11	18	1	80	\N	\N	\N	system	1796607406	\N	\N
44	10	18	2	3.6	\N	\N	\N	system	1796607406	\N	\N
45	11	18	2	80	\N	\N	\N	system	1796607406	\N	\N
46	10	18	3	4	\N	\N	\N	system	1796607406	\N	\N
47	11	18	3	100	\N	\N	\N	system	1796607406	\N	\N
48	10	18	4	4.3	\N	\N	\N	system	1796607406	\N	\N
49	11	18	4	100	\N	\N	\N	system	1796607406	\N	\N
50	12	25	1	10	\N	\N	\N	system	1796607406	\N	\N
51	12	25	2	19	\N	\N	\N	system	1796607406	\N	\N
52	12	25	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
53	12	25	4	40	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
54	12	25	5	51	\N	\N	\N	system	1796607406	\N	\N
55	12	25	6	61	\N	\N	\N	system	1796607406	\N	\N
56	12	25	7	71	\N	\N	\N	system	1796607406	\N	\N
57	12	25	8	80	\N	\N	\N	system	1796607406	\N	\N
58	12	25	9	90	\N	\N	\N	system	1796607406	\N	\N
59	12	25	10	101	\N	\N	\N	system	1796607406	\N	\N
60	12	25	11	119	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
61	12	25	12	122	\N	\N	\N	system	1796607406	\N	\N
62	13	25	1	2.8	\N	\N	\N	system	1796607406	\N	\N
63	14	25	1	60	\N	\N	\N	system	1796607406	\N	\N
64	13	25	2	3.3	\N	\N	\N	system	1796607406	\N	\N
65	14	25	2	80	\N	\N	\N	system	1796607406	\N	\N
66	13	25	3	3.7	\N	\N	\N	system	1796607406	\N	\N
67	14	25	3	80	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
68	13	25	4	4	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
69	14	25	4	80	\N	\N	\N	system	1796607406	\N	\N
70	15	32	1	3	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
71	15	32	2	5	\N	\N	\N	system	1796607406	\N	\N
72	15	32	3	8	\N	\N	\N	system	1796607406	\N	\N
73	15	32	4	11	\N	\N	\N	system	1796607406	\N	\N
74	15	32	5	14	\N	\N	\N	system	1796607406	\N	\N
75	15	32	6	17	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
76	15	32	7	19	\N	\N	\N	system	1796607406	\N	\N
77	15	32	8	22	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
78	15	32	9	25	\N	\N	\N	system	1796607406	\N	\N
79	15	32	10	28	\N	\N	\N	system	1796607406	\N	\N
80	15	32	11	33	\N	\N	\N	system	1796607406	\N	\N
81	16	32	1	3.4	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
82	17	32	1	40	\N	\N	\N	system	1796607406	\N	\N
83	16	32	2	3.8	\N	\N	\N	system	1796607406	\N	\N
84	17	32	2	60	\N	\N	\N	system	1796607406	\N	\N
85	16	32	3	4.2	\N	\N	\N	system	1796607406	\N	\N
86	17	32	3	60	\N	\N	\N	system	1796607406	\N	\N
87	16	32	4	4.6	\N	\N	\N	system	1796607406	\N	\N
88	17	32	4	60	\N	\N	\N	system	1796607406	\N	\N
89	18	39	1	14	\N	\N	\N	system	1796607406	\N	\N
90	18	39	2	28	\N	\N	\N	system	1796607406	\N	\N
91	18	39	3	44	\N	\N	\N	system	1796607406	\N	\N
92	18	39	4	59	\N	\N	\N	system	1796607406	\N	\N
93	18	39	5	75	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
94	18	39	6	89	\N	\N	\N	system	1796607406	\N	\N
95	18	39	7	103	\N	\N	\N	system	1796607406	\N	\N
96	18	39	8	117	\N	\N	\N	system	1796607406	\N	\N
97	18	39	9	131	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
98	18	39	10	147	\N	\N	\N	system	1796607406	\N	\N
99	18	39	11	174	\N	\N	\N	system	1796607406	\N	\N
100	18	39	12	177	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
101	19	39	1	2.9	\N	\N	\N	system	1796607406	\N	\N
102	20	39	1	80	\N	\N	\N	system	1796607406	\N	\N
103	19	39	2	3.2	\N	\N	\N	system	1796607406	\N	\N
104	20	39	2	80	\N	\N	\N	system	1796607406	\N	\N
105	19	39	3	3.6	\N	\N	\N	system	1796607406	\N	\N
106	20	39	3	80	\N	\N	\N	system	1796607406	\N	\N
107	19	39	4	3.9	\N	\N	\N	system	1796607406	\N	\N
108	20	39	4	100	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
109	21	46	1	7	\N	\N	\N	system	1796607406	\N	\N
110	21	46	2	14	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
111	21	46	3	22	\N	\N	\N	system	1796607406	\N	\N
112	21	46	4	29	\N	\N	\N	system	1796607406	\N	\N
113	21	46	5	37	\N	\N	\N	system	1796607406	\N	\N
114	21	46	6	44	\N	\N	\N	system	1796607406	\N	\N
115	21	46	7	51	\N	\N	\N	system	1796607406	\N	\N
116	21	46	8	58	\N	\N	\N	system	1796607406	\N	\N
117	21	46	9	65	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
118	21	46	10	73	\N	\N	\N	system	1796607406	\N	\N
119	21	46	11	86	\N	\N	\N	system	1796607406	\N	\N
120	21	46	12	88	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
121	22	46	1	3.2	\N	\N	\N	system	1796607406	\N	\N
122	23	46	1	60	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
123	22	46	2	3.5	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
124	23	46	2	80	\N	\N	\N	system	1796607406	\N	\N
125	22	46	3	3.9	\N	\N	\N	system	1796607406	\N	\N
126	23	46	3	80	\N	\N	\N	system	1796607406	\N	\N
127	22	46	4	4.1	\N	\N	\N	system	1796607406	\N	\N
128	23	46	4	80	\N	\N	\N	system	1796607406	\N	\N
129	24	53	1	10	\N	\N	\N	system	1796607406	\N	\N
130	24	53	2	19	\N	\N	\N	system	1796607406	\N	\N
131	24	53	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
132	24	53	4	40	\N	\N	\N	system	1796607406	\N	\N
133	24	53	5	51	\N	\N	\N	system	1796607406	\N	\N
134	24	53	6	60	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
135	24	53	7	70	\N	\N	\N	system	1796607406	\N	\N
136	24	53	8	80	\N	\N	\N	system	1796607406	\N	\N
137	24	53	9	89	\N	\N	\N	system	1796607406	\N	\N
138	24	53	10	100	\N	\N	\N	system	1796607406	\N	\N
139	24	53	11	118	\N	\N	\N	system	1796607406	\N	\N
140	24	53	12	121	\N	\N	\N	system	1796607406	\N	\N
141	25	53	1	1.4	\N	\N	\N	system	1796607406	\N	\N
142	26	53	1	80	\N	\N	\N	system	1796607406	\N	\N
143	25	53	2	1.7	\N	\N	\N	system	1796607406	\N	\N
144	26	53	2	80	\N	\N	\N	system	1796607406	\N	\N
145	25	53	3	2	\N	\N	\N	system	1796607406	\N	\N
146	26	53	3	80	\N	\N	\N	system	1796607406	\N	\N
147	25	53	4	2.2	\N	\N	\N	system	1796607406	\N	\N
148	26	53	4	80	\N	\N	\N	system	1796607406	\N	\N
149	27	60	1	8	\N	\N	\N	system	1796607406	\N	\N
150	27	60	2	15	\N	\N	\N	system	1796607406	\N	\N
151	27	60	3	24	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
152	27	60	4	32	\N	\N	\N	system	1796607406	\N	\N
153	27	60	5	40	\N	\N	\N	system	1796607406	\N	\N
154	27	60	6	48	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
155	27	60	7	56	\N	\N	\N	system	1796607406	\N	\N
156	27	60	8	63	\N	\N	\N	system	1796607406	\N	\N
157	27	60	9	71	\N	\N	\N	system	1796607406	\N	\N
158	27	60	10	80	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
159	27	60	11	94	\N	\N	\N	system	1796607406	\N	\N
160	27	60	12	96	\N	\N	\N	system	1796607406	\N	\N
161	28	60	1	3.8	\N	\N	\N	system	1796607406	\N	\N
162	29	60	1	80	\N	\N	\N	system	1796607406	\N	\N
163	28	60	2	4.2	\N	\N	\N	system	1796607406	\N	\N
164	29	60	2	100	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
165	28	60	3	4.6	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
166	29	60	3	100	\N	\N	\N	system	1796607406	\N	\N
167	28	60	4	4.9	\N	\N	\N	system	1796607406	\N	\N
168	29	60	4	100	\N	\N	\N	system	1796607406	\N	\N
169	30	67	1	8	\N	\N	\N	system	1796607406	\N	\N
170	30	67	2	17	\N	\N	\N	system	1796607406	\N	\N
171	30	67	3	26	\N	\N	\N	system	1796607406	\N	\N
172	30	67	4	34	\N	\N	\N	system	1796607406	\N	\N
173	30	67	5	44	\N	\N	\N	system	1796607406	\N	\N
174	30	67	6	52	\N	\N	\N	system	1796607406	\N	\N
175	30	67	7	60	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
176	30	67	8	69	\N	\N	\N	system	1796607406	\N	\N
177	30	67	9	77	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
178	30	67	10	86	\N	\N	\N	system	1796607406	\N	\N
179	30	67	11	102	\N	\N	\N	system	1796607406	\N	\N
180	30	67	12	104	\N	\N	\N	system	1796607406	\N	\N
181	31	67	1	3.3	\N	\N	\N	system	1796607406	\N	\N
182	32	67	1	80	\N	\N	\N	system	1796607406	\N	\N
183	31	67	2	3.7	\N	\N	\N	system	1796607406	\N	\N
184	32	67	2	80	\N	\N	\N	system	1796607406	\N	\N
185	31	67	3	4.1	\N	\N	\N	system	1796607406	\N	\N
186	32	67	3	100	\N	\N	\N	system	1796607406	\N	\N
187	31	67	4	4.4	\N	\N	\N	system	1796607406	\N	\N
188	32	67	4	100	\N	\N	\N	system	1796607406	\N	\N
189	33	74	1	20	\N	\N	\N	system	1796607406	\N	\N
190	33	74	2	41	\N	\N	\N	system	1796607406	\N	\N
191	33	74	3	63	\N	\N	\N	system	1796607406	\N	\N
192	33	74	4	84	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
193	33	74	5	107	\N	\N	\N	system	1796607406	\N	\N
194	33	74	6	127	\N	\N	\N	system	1796607406	\N	\N
195	33	74	7	147	\N	\N	\N	system	1796607406	\N	\N
196	33	74	8	167	\N	\N	\N	system	1796607406	\N	\N
197	33	74	9	188	\N	\N	\N	system	1796607406	\N	\N
198	33	74	10	211	\N	\N	\N	system	1796607406	\N	\N
199	33	74	11	249	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
200	33	74	12	254	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
201	34	74	1	2.9	\N	\N	\N	system	1796607406	\N	\N
202	35	74	1	80	\N	\N	\N	system	1796607406	\N	\N
203	34	74	2	3.4	\N	\N	\N	system	1796607406	\N	\N
204	35	74	2	80	\N	\N	\N	system	1796607406	\N	\N
205	34	74	3	3.8	\N	\N	\N	system	1796607406	\N	\N
206	35	74	3	80	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
207	34	74	4	4.2	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
208	35	74	4	100	\N	\N	\N	system	1796607406	\N	\N
209	36	81	1	9	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
210	36	81	2	17	\N	\N	\N	system	1796607406	\N	\N
211	36	81	3	27	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
212	36	81	4	36	\N	\N	\N	system	1796607406	\N	\N
213	36	81	5	46	\N	\N	\N	system	1796607406	\N	\N
214	36	81	6	55	\N	\N	\N	system	1796607406	\N	\N
215	36	81	7	63	\N	\N	\N	system	1796607406	\N	\N
216	36	81	8	72	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
217	36	81	9	81	\N	\N	\N	system	1796607406	\N	\N
218	36	81	10	91	\N	\N	\N	system	1796607406	\N	\N
219	36	81	11	107	\N	\N	\N	system	1796607406	\N	\N
220	36	81	12	109	\N	\N	\N	system	1796607406	\N	\N
221	37	81	1	3	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
222	38	81	1	60	\N	\N	\N	system	1796607406	\N	\N
223	37	81	2	3.5	\N	\N	\N	system	1796607406	\N	\N
224	38	81	2	80	\N	\N	\N	system	1796607406	\N	\N
225	37	81	3	3.8	\N	\N	\N	system	1796607406	\N	\N
226	38	81	3	80	\N	\N	\N	system	1796607406	\N	\N
227	37	81	4	4	\N	\N	\N	system	1796607406	\N	\N
228	38	81	4	80	\N	\N	\N	system	1796607406	\N	\N
229	39	88	1	16	\N	\N	\N	system	1796607406	\N	\N
230	39	88	2	32	\N	\N	\N	system	1796607406	\N	\N
231	39	88	3	50	\N	\N	\N	system	1796607406	\N	\N
232	39	88	4	67	\N	\N	\N	system	1796607406	\N	\N
233	39	88	5	85	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
234	39	88	6	101	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
235	39	88	7	117	\N	\N	\N	system	1796607406	\N	\N
236	39	88	8	133	\N	\N	\N	system	1796607406	\N	\N
237	39	88	9	149	\N	\N	\N	system	1796607406	\N	\N
238	39	88	10	167	\N	\N	\N	system	1796607406	\N	\N
239	39	88	11	198	\N	\N	\N	system	1796607406	\N	\N
240	39	88	12	202	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
241	40	88	1	3.2	\N	\N	\N	system	1796607406	\N	\N
242	41	88	1	80	\N	\N	\N	system	1796607406	\N	\N
243	40	88	2	3.8	\N	\N	\N	system	1796607406	\N	\N
244	41	88	2	80	\N	\N	\N	system	1796607406	\N	\N
245	40	88	3	4.3	\N	\N	\N	system	1796607406	\N	\N
246	41	88	3	100	\N	\N	\N	system	1796607406	\N	\N
247	40	88	4	4.7	\N	\N	\N	system	1796607406	\N	\N
248	41	88	4	100	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
249	42	95	1	12	\N	\N	\N	system	1796607406	\N	\N
250	42	95	2	24	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
251	42	95	3	38	\N	\N	\N	system	1796607406	\N	\N
252	42	95	4	50	\N	\N	\N	system	1796607406	\N	\N
253	42	95	5	63	\N	\N	\N	system	1796607406	\N	\N
254	42	95	6	75	\N	\N	\N	system	1796607406	\N	\N
255	42	95	7	87	\N	\N	\N	system	1796607406	\N	\N
256	42	95	8	100	\N	\N	\N	system	1796607406	\N	\N
257	42	95	9	112	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
258	42	95	10	125	\N	\N	\N	system	1796607406	\N	\N
259	42	95	11	148	\N	\N	\N	system	1796607406	\N	\N
260	42	95	12	151	\N	\N	\N	system	1796607406	\N	\N
261	43	95	1	3	\N	\N	\N	system	1796607406	\N	\N
262	44	95	1	80	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
263	43	95	2	3.4	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
264	44	95	2	100	\N	\N	\N	system	1796607406	\N	\N
265	43	95	3	3.9	\N	\N	\N	system	1796607406	\N	\N
266	44	95	3	100	\N	\N	\N	system	1796607406	\N	\N
267	43	95	4	4.3	\N	\N	\N	system	1796607406	\N	\N
268	44	95	4	100	\N	\N	\N	system	1796607406	\N	\N
269	45	102	1	4	\N	\N	\N	system	1796607406	\N	\N
270	45	102	2	8	\N	\N	\N	system	1796607406	\N	\N
271	45	102	3	12	\N	\N	\N	system	1796607406	\N	\N
272	45	102	4	16	\N	\N	\N	system	1796607406	\N	\N
273	45	102	5	20	\N	\N	\N	system	1796607406	\N	\N
274	45	102	6	24	Số liệu sơ bộ	\N	\N	system	1796607406	\N	\N
275	45	102	7	27	\N	\N	\N	system	1796607406	\N	\N
276	45	102	8	31	\N	\N	\N	system	1796607406	\N	\N
277	45	102	9	35	\N	\N	\N	system	1796607406	\N	\N
278	45	102	10	39	\N	\N	\N	system	1796607406	\N	\N
279	45	102	11	46	\N	\N	\N	system	1796607406	\N	\N
280	45	102	12	47	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607406	\N	\N
281	46	102	1	3.1	\N	\N	\N	system	1796607406	\N	\N
282	47	102	1	40	\N	\N	\N	system	1796607406	\N	\N
283	46	102	2	3.4	\N	\N	\N	system	1796607406	\N	\N
284	47	102	2	40	\N	\N	\N	system	1796607406	\N	\N
285	46	102	3	3.7	\N	\N	\N	system	1796607406	\N	\N
286	47	102	3	60	\N	\N	\N	system	1796607406	\N	\N
287	46	102	4	3.9	\N	\N	\N	system	1796607406	\N	\N
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
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:36:44.899451+00	2026-12-07 01:36:44.899451+00
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
1	organisation: units and people	2026-12-07 01:36:44.840875+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:36:44.860973+00
3	org_revision: a counter every change to the unit tree bumps (for caches)	2026-12-07 01:36:44.883262+00
4	targets and measurements	2026-12-07 01:36:44.885994+00
5	bump the revision counters once per transaction	2026-12-07 01:36:44.898191+00
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

\unrestrict yf2jSFwe7P902ss9xkga3eHwdPrkSgbgL1D68b6cquSc5nR68gObavYmIGSwZ9T

