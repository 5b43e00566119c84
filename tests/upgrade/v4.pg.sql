--
-- PostgreSQL database dump
--

\restrict fn9qPEGRx8Cy5eiQbgLP7ehXczsTfyDYSFizLlAKxNgt8aKremdEeqYgkAFjVaL

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


--
-- Name: target_revision_bump(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.target_revision_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN UPDATE target_revision SET rev = rev + 1 WHERE id = 1; RETURN NULL; END $$;


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
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$DPCRn0k6V4wqViXejBReVQ$CpyqUVgH8Zx++1vy2/3V6gnR1D7tF3ctUQEC/biVroM	f	1796607387
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$PKrAWqkzufzkISynAeDBYQ$ctzApkUBjl9+g309w7ucu7diclzxzrvFgFu1vWnXsAM	f	1796607388
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$bIjxBZUy/3v+wumD4rRbOA$yP4IJCmj8oH+zW8jdGt1CTn2bBvYJtXgJLw9lNQH4aQ	f	1796607388
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$WxoF/IauOOBaS3l8kK72rg$6A5HAo0j3ICi04lzn1jP5Tq0Fk7JuDqFjmKKmk+LnDg	f	1796607388
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$Ecd8EcZsn8DcLwUGzZqAWw$zbsS77NV6D99nvpMumu2gwv/PCQGPaDa1c8pdIJ2J1w	f	1796607388
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:36:27.471Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	47abb640203eaf13bc66e5de0342b0f230be49024299ec1e4c497f9d9e8c1ccc
2	2026-12-07T01:36:27.473Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	47abb640203eaf13bc66e5de0342b0f230be49024299ec1e4c497f9d9e8c1ccc	5f1a7c9797d36d0a2f4386a421e7e6cab3e418b1d36c4ccc1bf1d7e6651e5bef
3	2026-12-07T01:36:27.474Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	5f1a7c9797d36d0a2f4386a421e7e6cab3e418b1d36c4ccc1bf1d7e6651e5bef	cddab520fa150aa962cc8d17ce28abd9a51a667a4284096f50372df3b14e15ee
4	2026-12-07T01:36:27.475Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	cddab520fa150aa962cc8d17ce28abd9a51a667a4284096f50372df3b14e15ee	4e333c021324bdee6aa92b4dc64aa2741b6f926f7ef6dee2d54720bde8084a1d
5	2026-12-07T01:36:27.476Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	4e333c021324bdee6aa92b4dc64aa2741b6f926f7ef6dee2d54720bde8084a1d	5bb2f9bccba2316c90ed74a2991ca792d8ab256fb2daaf6cb1bdd72b75bf37c3
6	2026-12-07T01:36:27.477Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	5bb2f9bccba2316c90ed74a2991ca792d8ab256fb2daaf6cb1bdd72b75bf37c3	42bf40edb598342ec96ce9b8883dc5700558dbf88952ca8760ee009abcf92f4c
7	2026-12-07T01:36:27.478Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	42bf40edb598342ec96ce9b8883dc5700558dbf88952ca8760ee009abcf92f4c	a45d489887e196e94e7daaec38b5fce3603b2ee24a19037f566ca8a664e3b658
8	2026-12-07T01:36:27.479Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	a45d489887e196e94e7daaec38b5fce3603b2ee24a19037f566ca8a664e3b658	ffa623d3ec0f9b30848d87e9c60d016aa523458bc5e67056e780688e482b3cf4
9	2026-12-07T01:36:27.480Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	ffa623d3ec0f9b30848d87e9c60d016aa523458bc5e67056e780688e482b3cf4	5f27e5a71b37a1e5f9b58d26bf94b69263abe9a2e0255b5d89444a84ef78a056
10	2026-12-07T01:36:27.481Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	5f27e5a71b37a1e5f9b58d26bf94b69263abe9a2e0255b5d89444a84ef78a056	9a0964ed94d26c5beb7e5aeff983f82feca8a4f2932cd41d808ac6bb43d41bf6
11	2026-12-07T01:36:27.481Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	9a0964ed94d26c5beb7e5aeff983f82feca8a4f2932cd41d808ac6bb43d41bf6	3136f05f8b87ee9f52876dbbd63f8a846257a93fb0581497c5d34f6c2bc0c2f9
12	2026-12-07T01:36:27.482Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	3136f05f8b87ee9f52876dbbd63f8a846257a93fb0581497c5d34f6c2bc0c2f9	93e9e4d12a60aa322dad6252723f5e9a3e94e43b11d71b35fb64f3cecb97d347
13	2026-12-07T01:36:27.483Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	93e9e4d12a60aa322dad6252723f5e9a3e94e43b11d71b35fb64f3cecb97d347	79d218dac66aaf4d3a7f5573f094db3478d36e6c60aca3e12b24919e8229e531
14	2026-12-07T01:36:27.484Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	79d218dac66aaf4d3a7f5573f094db3478d36e6c60aca3e12b24919e8229e531	0d646e81fdb6c4589309ec31529c65109867414e77dc851dd010d76b5a75a093
15	2026-12-07T01:36:27.485Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0d646e81fdb6c4589309ec31529c65109867414e77dc851dd010d76b5a75a093	1051db065d8fddb36dff9ec30fad52e5706f8e4f052f9115ae01fc82aaa9c110
16	2026-12-07T01:36:27.486Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	1051db065d8fddb36dff9ec30fad52e5706f8e4f052f9115ae01fc82aaa9c110	4c8fc313fa7af3b1e7c30904d25cee16b24fe083072fe66a77348ca36a641264
17	2026-12-07T01:36:27.486Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4c8fc313fa7af3b1e7c30904d25cee16b24fe083072fe66a77348ca36a641264	c93b107e90c227c2f8eb019d8b8600c4003711479264d2788e4b8214c7fe04f6
18	2026-12-07T01:36:27.487Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	c93b107e90c227c2f8eb019d8b8600c4003711479264d2788e4b8214c7fe04f6	c0d7dc9a16b1afe1d8654c9c5032762be667d5668e0b43c2a7cf46579d29891c
19	2026-12-07T01:36:27.488Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c0d7dc9a16b1afe1d8654c9c5032762be667d5668e0b43c2a7cf46579d29891c	6b5d45c741eb685d4e8c0ec378b84b76ac1ae6e95d23963f1b882507352397ce
20	2026-12-07T01:36:27.489Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	6b5d45c741eb685d4e8c0ec378b84b76ac1ae6e95d23963f1b882507352397ce	09f38be3765bd9b5bdced222f77d67c0a591399c01ae21971d1412d34786fbb5
21	2026-12-07T01:36:27.490Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	09f38be3765bd9b5bdced222f77d67c0a591399c01ae21971d1412d34786fbb5	a5abb22dfc81c9ddf103b46ccf9bd281be58e03f81a45bbd86993a198cd0d257
22	2026-12-07T01:36:27.490Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	a5abb22dfc81c9ddf103b46ccf9bd281be58e03f81a45bbd86993a198cd0d257	67be832d8420fe36b4958b3d1374195e868b905db917d0861cc8ec9fd648572d
23	2026-12-07T01:36:27.492Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	67be832d8420fe36b4958b3d1374195e868b905db917d0861cc8ec9fd648572d	242437f1dfe2078959f92c30273bf7e6eeb2ad8bf84facd7c9d03775a7c429f3
24	2026-12-07T01:36:27.493Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	242437f1dfe2078959f92c30273bf7e6eeb2ad8bf84facd7c9d03775a7c429f3	07fa923eb4467381b55c5e6b80461b995405a973748bcb2977d847a43d8aa944
25	2026-12-07T01:36:27.494Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	07fa923eb4467381b55c5e6b80461b995405a973748bcb2977d847a43d8aa944	6b41e7739d92593393d6b05bae9884123fe044751c9a5a2d2c7b509f819e4011
26	2026-12-07T01:36:27.495Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	6b41e7739d92593393d6b05bae9884123fe044751c9a5a2d2c7b509f819e4011	d8a800d48eb9d54f6338aa2b7950afb36449b2376784f97b080534aef7323af0
27	2026-12-07T01:36:27.496Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d8a800d48eb9d54f6338aa2b7950afb36449b2376784f97b080534aef7323af0	3c6b73761111aa5b67cdb4cd5c8b3561a1332804da452423606d2436103f43de
28	2026-12-07T01:36:27.497Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	3c6b73761111aa5b67cdb4cd5c8b3561a1332804da452423606d2436103f43de	b99020791da25792ff4950d37918a345a9ccb9939e1fa0adeef56a39686c56af
29	2026-12-07T01:36:27.498Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b99020791da25792ff4950d37918a345a9ccb9939e1fa0adeef56a39686c56af	1124538889c8706a37623745658d21c58671df863d03822c39453287375d94c9
30	2026-12-07T01:36:27.499Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	1124538889c8706a37623745658d21c58671df863d03822c39453287375d94c9	1839ab565c1ef65260cd4439340deb00ad71c171a3640404dff29ed968e10b29
31	2026-12-07T01:36:27.500Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1839ab565c1ef65260cd4439340deb00ad71c171a3640404dff29ed968e10b29	62b75c632239afe1f437c06171a7d313fa8e31634972dadffd088acc9dd93cc0
32	2026-12-07T01:36:27.501Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	62b75c632239afe1f437c06171a7d313fa8e31634972dadffd088acc9dd93cc0	cb53258ef11cbb7d17c980d5e00e7532cb16fb60c9d9649000c0f7e8408ba776
33	2026-12-07T01:36:27.502Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cb53258ef11cbb7d17c980d5e00e7532cb16fb60c9d9649000c0f7e8408ba776	cba1415b551e88f2b0f6c40f16dccaa3a893d58e14e225873d348452161650b6
34	2026-12-07T01:36:27.503Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	cba1415b551e88f2b0f6c40f16dccaa3a893d58e14e225873d348452161650b6	f71fea7614298e3068b2f1b02f051eede840bfe9f4f3aecb103d7038849f1eae
35	2026-12-07T01:36:27.504Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f71fea7614298e3068b2f1b02f051eede840bfe9f4f3aecb103d7038849f1eae	c989fa6ccbcca02ad7e4804993e7673bd834b43b3878b1fa6e3213c8afb3ea1f
36	2026-12-07T01:36:27.505Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	c989fa6ccbcca02ad7e4804993e7673bd834b43b3878b1fa6e3213c8afb3ea1f	c4fdf3b0523948deb2744612021111232fe899599ab7e4585bc7b3d3d1532c09
37	2026-12-07T01:36:27.507Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c4fdf3b0523948deb2744612021111232fe899599ab7e4585bc7b3d3d1532c09	c7b01fa08cd5451aadf23a6c68628c28610d48a91e4978e384956fb869129b7c
38	2026-12-07T01:36:27.508Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	c7b01fa08cd5451aadf23a6c68628c28610d48a91e4978e384956fb869129b7c	41521a62e58b834922e43b8b2770b48b0f4ec7da1938e6fe3757b9c2d3839bba
39	2026-12-07T01:36:27.509Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	41521a62e58b834922e43b8b2770b48b0f4ec7da1938e6fe3757b9c2d3839bba	3b780d759821872ea7045e1da330f85d47bc67fbe9e65346b92ef20bdbc549fc
40	2026-12-07T01:36:27.510Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	3b780d759821872ea7045e1da330f85d47bc67fbe9e65346b92ef20bdbc549fc	74d5e6d33259989fd7716c65281718619504d063431985b46b2bf7220134427c
41	2026-12-07T01:36:27.511Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	74d5e6d33259989fd7716c65281718619504d063431985b46b2bf7220134427c	29fa08cb38fc82120762c88922a24a7efa9e8e6fb7a42198b5a7707f79e8b4ec
42	2026-12-07T01:36:27.511Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	29fa08cb38fc82120762c88922a24a7efa9e8e6fb7a42198b5a7707f79e8b4ec	a8e6bf96cf370437490d850e15c6c147f7998b3fccd1a7a9f0ea855205ea7d60
43	2026-12-07T01:36:27.513Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a8e6bf96cf370437490d850e15c6c147f7998b3fccd1a7a9f0ea855205ea7d60	53c269d9743fed30b9eff717f10ee0df63b307e98cf5a6d91991008f47915c1d
44	2026-12-07T01:36:27.514Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	53c269d9743fed30b9eff717f10ee0df63b307e98cf5a6d91991008f47915c1d	14afb2e7adfadf683312848a97be1a4020bbe1f7712d4c136b3ab82c6389d18b
45	2026-12-07T01:36:27.515Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	14afb2e7adfadf683312848a97be1a4020bbe1f7712d4c136b3ab82c6389d18b	f47c35176caf289430c9ed57f507f5407e22dcc3054ad9cf85a55220cdfb9d42
46	2026-12-07T01:36:27.516Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f47c35176caf289430c9ed57f507f5407e22dcc3054ad9cf85a55220cdfb9d42	a7649ed7917a8b8fdcc3da482c315fb67c295490d265133e433b2687edc59e8b
47	2026-12-07T01:36:27.517Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	a7649ed7917a8b8fdcc3da482c315fb67c295490d265133e433b2687edc59e8b	267ec8cf03f7d41e894eda339c9c7d8201b8773bc9a0698e8bb06ac922386b3b
48	2026-12-07T01:36:27.518Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	267ec8cf03f7d41e894eda339c9c7d8201b8773bc9a0698e8bb06ac922386b3b	7fb5c100bfeda944a1be9515cbbd97a61a53bf3b5620064c3269c423f09db98f
49	2026-12-07T01:36:27.519Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	7fb5c100bfeda944a1be9515cbbd97a61a53bf3b5620064c3269c423f09db98f	d426f1612691fa119fdf3b73603df996ad8501cd09d0a9f936464ad9d6c360b5
50	2026-12-07T01:36:27.520Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d426f1612691fa119fdf3b73603df996ad8501cd09d0a9f936464ad9d6c360b5	ff181851f3ffb46d77306b95b6f1e00edb87aa668eab509f41841dd3aa3a3c77
51	2026-12-07T01:36:27.521Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	ff181851f3ffb46d77306b95b6f1e00edb87aa668eab509f41841dd3aa3a3c77	40abf68e4157c68b6544d5f98a1c35cb923ea7c745965a89e5891cdd64cff063
52	2026-12-07T01:36:27.522Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	40abf68e4157c68b6544d5f98a1c35cb923ea7c745965a89e5891cdd64cff063	529f9c98707cf118e26ea80d102b12828644c2765cf7f72eb1936e5871f25c73
53	2026-12-07T01:36:27.523Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	529f9c98707cf118e26ea80d102b12828644c2765cf7f72eb1936e5871f25c73	1325200bfdb7ab6e70a002d42ce069771196669168843839db9eed5a09cd67f9
54	2026-12-07T01:36:27.524Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1325200bfdb7ab6e70a002d42ce069771196669168843839db9eed5a09cd67f9	e1e8dbbb590e03afa0fb30114481fb4e486c3ab246abf184ff62e72482fe4ef3
55	2026-12-07T01:36:27.524Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	e1e8dbbb590e03afa0fb30114481fb4e486c3ab246abf184ff62e72482fe4ef3	8b398f33cb051eb6b53827274fcfef0d4401c252e4849a4ccf15bf38807c6ad4
56	2026-12-07T01:36:27.525Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	8b398f33cb051eb6b53827274fcfef0d4401c252e4849a4ccf15bf38807c6ad4	d113933d8b01a5a9bc9cf0eb274c797b1c11b24c3a28527c1707ed828ba54d1e
57	2026-12-07T01:36:27.526Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	d113933d8b01a5a9bc9cf0eb274c797b1c11b24c3a28527c1707ed828ba54d1e	416a923c0218a3d5502b56e88bdb6fb88ef6352dd0ec61fc22946ac120badab4
58	2026-12-07T01:36:27.527Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	416a923c0218a3d5502b56e88bdb6fb88ef6352dd0ec61fc22946ac120badab4	19b8114eabad108af59c02c891d2606570bb37693ef736329d7c749ba46630ef
59	2026-12-07T01:36:27.528Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	19b8114eabad108af59c02c891d2606570bb37693ef736329d7c749ba46630ef	7c0f186440571839949eda71f6f6b65120ea7659216c5d8d8d6b0d04da9643a2
60	2026-12-07T01:36:27.529Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	7c0f186440571839949eda71f6f6b65120ea7659216c5d8d8d6b0d04da9643a2	0ee1800c124e3a3f3f5ef4695b553134a3023bd1459000649d0d3333d1e4dd70
61	2026-12-07T01:36:27.529Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0ee1800c124e3a3f3f5ef4695b553134a3023bd1459000649d0d3333d1e4dd70	b8b563d46bd7b73031b81c4fbd51828dbaac79ed3905c92b08e54dc7f3e769f5
62	2026-12-07T01:36:27.530Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	b8b563d46bd7b73031b81c4fbd51828dbaac79ed3905c92b08e54dc7f3e769f5	5e5501c56592c53a85b2cf81a5431364c7dae35c1fb678480c92ecc00fa3b702
63	2026-12-07T01:36:27.531Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5e5501c56592c53a85b2cf81a5431364c7dae35c1fb678480c92ecc00fa3b702	3b79da6eb2e227ec8b90eae92ed422ede7adf6729777bb754099bd8ff8804478
64	2026-12-07T01:36:27.532Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	3b79da6eb2e227ec8b90eae92ed422ede7adf6729777bb754099bd8ff8804478	119ecae65488e9045a7db89240f6b30d8de76cc76ef5305c3dd17057a3d2921c
65	2026-12-07T01:36:27.533Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	119ecae65488e9045a7db89240f6b30d8de76cc76ef5305c3dd17057a3d2921c	412869cdb4d14f891ef5a387aa7167e568a5d84b69fbc9faad87c2a7bf96f88d
66	2026-12-07T01:36:27.534Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	412869cdb4d14f891ef5a387aa7167e568a5d84b69fbc9faad87c2a7bf96f88d	9ae1b75dad0fb1fbc1cd8e7515df0e860813df89ca052b04133ddffe2bbbeef9
67	2026-12-07T01:36:27.534Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9ae1b75dad0fb1fbc1cd8e7515df0e860813df89ca052b04133ddffe2bbbeef9	1e6f5a70d7795099a6e81455745969f71c33db8c55f26849a7cc7d9845cbc119
68	2026-12-07T01:36:27.535Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	1e6f5a70d7795099a6e81455745969f71c33db8c55f26849a7cc7d9845cbc119	4f31698def280732546e3fc54621278e47f4dcc8ee4e079e209f079e336c95df
69	2026-12-07T01:36:27.536Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4f31698def280732546e3fc54621278e47f4dcc8ee4e079e209f079e336c95df	5f74660f93923d4e758b51800e1b3f1dde49f5781ba7d3ba8d52193a7b2432db
70	2026-12-07T01:36:27.537Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	5f74660f93923d4e758b51800e1b3f1dde49f5781ba7d3ba8d52193a7b2432db	8dc82934bdfc62a06612400a54c22495c024e70510cf41cefc75acc09befb1ef
71	2026-12-07T01:36:27.538Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	8dc82934bdfc62a06612400a54c22495c024e70510cf41cefc75acc09befb1ef	836e6f5d315b87a7ae0e750db571331d91803ad64dfd9650888bd7c0b4de523d
72	2026-12-07T01:36:27.538Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	836e6f5d315b87a7ae0e750db571331d91803ad64dfd9650888bd7c0b4de523d	c2ea61705cb78981bce1d14a1cc20e22470b5acd296579c18335baca7f07d588
73	2026-12-07T01:36:27.539Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	c2ea61705cb78981bce1d14a1cc20e22470b5acd296579c18335baca7f07d588	d9b6667ebfac1cb31accdbb2b6806576361fc11f3b6aca2ce75f4e47f24178f1
74	2026-12-07T01:36:27.540Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d9b6667ebfac1cb31accdbb2b6806576361fc11f3b6aca2ce75f4e47f24178f1	dfab33f312eab4158fa26a5a90f4e874b60c771f6de9eecf4c26e218266aab9f
75	2026-12-07T01:36:27.541Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	dfab33f312eab4158fa26a5a90f4e874b60c771f6de9eecf4c26e218266aab9f	041f2474126a3e9c4ededf020958693e5bfbc8ec094b6ed0a0e225617a2c244c
76	2026-12-07T01:36:27.542Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	041f2474126a3e9c4ededf020958693e5bfbc8ec094b6ed0a0e225617a2c244c	d71ace8628c93626371b23b94d32dcfa051eee8c7a2da1e13d5061a247fce014
77	2026-12-07T01:36:27.543Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	d71ace8628c93626371b23b94d32dcfa051eee8c7a2da1e13d5061a247fce014	ffa078247b83a88032ceef84ac905feac386b9d189ed9583d8d183dae61ef411
78	2026-12-07T01:36:27.544Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ffa078247b83a88032ceef84ac905feac386b9d189ed9583d8d183dae61ef411	189ff8fbdd70b652d53a299156a9be96333af9b6347736134d8f591196d67b9a
79	2026-12-07T01:36:27.544Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	189ff8fbdd70b652d53a299156a9be96333af9b6347736134d8f591196d67b9a	018410b811aac8fb431d6ba987a7aec166f476baa6e97fa48a78e45aad775772
80	2026-12-07T01:36:27.545Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	018410b811aac8fb431d6ba987a7aec166f476baa6e97fa48a78e45aad775772	edeb7ee14b103e21264f3ef17ddd46748f945c33aa8e55bb9788a51ad06841f5
81	2026-12-07T01:36:27.546Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	edeb7ee14b103e21264f3ef17ddd46748f945c33aa8e55bb9788a51ad06841f5	c7e5c13823ac733294af2d4bad1edb6b248f4e564577eb3ec8de859d6ad2926d
82	2026-12-07T01:36:27.547Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c7e5c13823ac733294af2d4bad1edb6b248f4e564577eb3ec8de859d6ad2926d	923deb28eaee1ace0b7aa723f6daecb652281195a6bee47cc5ef03b60ba7fe66
83	2026-12-07T01:36:27.548Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	923deb28eaee1ace0b7aa723f6daecb652281195a6bee47cc5ef03b60ba7fe66	2081219c3dadc539407287999da6d4f561cb0021b1852bd0a33e7a7fdfb9bda9
84	2026-12-07T01:36:27.549Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2081219c3dadc539407287999da6d4f561cb0021b1852bd0a33e7a7fdfb9bda9	ccb117b513643a8fa4ca2462133f288c37f01936c131462803e72ab03f0cab54
85	2026-12-07T01:36:27.550Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	ccb117b513643a8fa4ca2462133f288c37f01936c131462803e72ab03f0cab54	8f0604ca3899a5de90620243d786fd1a9cdb3aed64ab7c755b0b3895a8b0a05a
86	2026-12-07T01:36:27.551Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	8f0604ca3899a5de90620243d786fd1a9cdb3aed64ab7c755b0b3895a8b0a05a	f1459777786840ba5bb928e01fcad2541a964a2363e0252dbe180f3634b7e03c
87	2026-12-07T01:36:27.552Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	f1459777786840ba5bb928e01fcad2541a964a2363e0252dbe180f3634b7e03c	963c79a507e67e821ba32bc11fc6e539e04f8ab096d5042e415a91273ebcd076
88	2026-12-07T01:36:27.553Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	963c79a507e67e821ba32bc11fc6e539e04f8ab096d5042e415a91273ebcd076	185d06164ec259a035994202d99ef7db3b8879ec1f8bd0c14369c5d959d6b197
89	2026-12-07T01:36:27.554Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	185d06164ec259a035994202d99ef7db3b8879ec1f8bd0c14369c5d959d6b197	38107a8422eb5795d8a6b235559445ecb2aeb244753ab4c49c9fcd19f41732c4
90	2026-12-07T01:36:27.555Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	38107a8422eb5795d8a6b235559445ecb2aeb244753ab4c49c9fcd19f41732c4	426b4e87c253a438256b89498d9bfb4d438102d5e13fa1dbbe3450136f3071a4
91	2026-12-07T01:36:27.556Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	426b4e87c253a438256b89498d9bfb4d438102d5e13fa1dbbe3450136f3071a4	41f90e39d1cf5e000c594f4487a9d0965acd7940eb243427c55ff0b144b73777
92	2026-12-07T01:36:27.557Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	41f90e39d1cf5e000c594f4487a9d0965acd7940eb243427c55ff0b144b73777	5b38203a605e5046ab3db818f257e54f75828cb574241987e52ea1eae450e1f3
93	2026-12-07T01:36:27.558Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5b38203a605e5046ab3db818f257e54f75828cb574241987e52ea1eae450e1f3	92c68865c87123abc9c8f0ffd93c1796ddfb854be189091ebbb5c4fe0e61cea2
94	2026-12-07T01:36:27.559Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	92c68865c87123abc9c8f0ffd93c1796ddfb854be189091ebbb5c4fe0e61cea2	f41e6846950e256507bd5d8af9b2b257066d56fa46cf5c0fe9f3717e928014fb
95	2026-12-07T01:36:27.560Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f41e6846950e256507bd5d8af9b2b257066d56fa46cf5c0fe9f3717e928014fb	40f231da843309293490920aab5e0a44dc9b63cac3f1c7cf6f5b4d19261f481a
96	2026-12-07T01:36:27.560Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	40f231da843309293490920aab5e0a44dc9b63cac3f1c7cf6f5b4d19261f481a	7d9b610b8223ff675ff429caede72cf451a19b9436cef00b6bd9b3647d467f1d
97	2026-12-07T01:36:27.561Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7d9b610b8223ff675ff429caede72cf451a19b9436cef00b6bd9b3647d467f1d	d95c329cecee780c306c61b5535ff42790b1176dc5af1ed25baa19e30420693d
98	2026-12-07T01:36:27.562Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	d95c329cecee780c306c61b5535ff42790b1176dc5af1ed25baa19e30420693d	ee88a0e59f4dbbf29d2f9f07ff1958300caddb8ae9aa55db0d1692038ac64054
99	2026-12-07T01:36:27.562Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ee88a0e59f4dbbf29d2f9f07ff1958300caddb8ae9aa55db0d1692038ac64054	3f66cb29b8de6b506e7c293d5e116f5c75c859c0e155c0ac7d0ffcc4cc7ace5c
100	2026-12-07T01:36:27.563Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	3f66cb29b8de6b506e7c293d5e116f5c75c859c0e155c0ac7d0ffcc4cc7ace5c	5780f7a0b4edf3108656291b3e1b69b0825fb23a4938fc88cadb091b83a52f28
101	2026-12-07T01:36:27.568Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	5780f7a0b4edf3108656291b3e1b69b0825fb23a4938fc88cadb091b83a52f28	a377f1c5c63e249d856c62dbb73b8013f1980237c5f9a490b480fa9ada0f3a39
102	2026-12-07T01:36:27.569Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	a377f1c5c63e249d856c62dbb73b8013f1980237c5f9a490b480fa9ada0f3a39	0e70a263e2e23a1e3e289e89b9b0293103a11545f0e0cca91d0205dce970e8de
103	2026-12-07T01:36:27.570Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	0e70a263e2e23a1e3e289e89b9b0293103a11545f0e0cca91d0205dce970e8de	5ceef530c9b020c19bbaf1f2ea29a40bd642074ce097c0b4c9722376138fa745
104	2026-12-07T01:36:27.570Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5ceef530c9b020c19bbaf1f2ea29a40bd642074ce097c0b4c9722376138fa745	680257b51928d045621dddb936cdb0d89b225d0992b1530219a312fa94245d9b
105	2026-12-07T01:36:27.571Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	680257b51928d045621dddb936cdb0d89b225d0992b1530219a312fa94245d9b	6e9e13b9542a400af80d6632f48ac8ab9580642539a48b07ad23904ba9aa33a5
106	2026-12-07T01:36:27.572Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6e9e13b9542a400af80d6632f48ac8ab9580642539a48b07ad23904ba9aa33a5	cf5df1ef7f4bba28475c5049795449e1cf798988a467e2b2f3ab1566cc301bc7
107	2026-12-07T01:36:27.573Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	cf5df1ef7f4bba28475c5049795449e1cf798988a467e2b2f3ab1566cc301bc7	57bdccf938238e19d421e7fadd03207d2a7e3e8b51c4c4af6910099a7a56b7d2
108	2026-12-07T01:36:27.574Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	57bdccf938238e19d421e7fadd03207d2a7e3e8b51c4c4af6910099a7a56b7d2	671d0db34d1334d9d12b4f154bbb64719d9021b8dab459eb5ba1689597fd2d8e
109	2026-12-07T01:36:27.574Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	671d0db34d1334d9d12b4f154bbb64719d9021b8dab459eb5ba1689597fd2d8e	093d50865847719078d779df12ad422ff21db527d6c50ce8aa14cd8eba95107b
110	2026-12-07T01:36:27.575Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	093d50865847719078d779df12ad422ff21db527d6c50ce8aa14cd8eba95107b	32b2be6b3b66d10d2eb14e20e0d54cc539043608454d3ada0863e387ef275f0c
111	2026-12-07T01:36:27.576Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	32b2be6b3b66d10d2eb14e20e0d54cc539043608454d3ada0863e387ef275f0c	7c7d35819682791a8c95a6533fff26fc4d3f6ea131faeabe0990d72b5c602f4c
112	2026-12-07T01:36:27.577Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7c7d35819682791a8c95a6533fff26fc4d3f6ea131faeabe0990d72b5c602f4c	3ae552c5bdc7e604188bfaf197dc0b840e7979814bab140b0d23b83f475c73d4
113	2026-12-07T01:36:27.578Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	3ae552c5bdc7e604188bfaf197dc0b840e7979814bab140b0d23b83f475c73d4	437689bb84ce10908bfdfd8d33e9187d5784dde3860b38e12766b440e60c3179
114	2026-12-07T01:36:27.578Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	437689bb84ce10908bfdfd8d33e9187d5784dde3860b38e12766b440e60c3179	24b24e2beff6faaa830d3f431e5ffa8dbe0821a1a0b5b8b8926dc373d8eb9b61
115	2026-12-07T01:36:27.579Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	24b24e2beff6faaa830d3f431e5ffa8dbe0821a1a0b5b8b8926dc373d8eb9b61	cf13cd45d2a26d86cbb33fd32b0f98837ab9a52523d67423c4374dd0992f8d7d
116	2026-12-07T01:36:27.580Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	cf13cd45d2a26d86cbb33fd32b0f98837ab9a52523d67423c4374dd0992f8d7d	498de5bda92cbc2bcc35f369e5bd0ef228bd3e55c814d39240e354fd050d00fc
117	2026-12-07T01:36:27.580Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	498de5bda92cbc2bcc35f369e5bd0ef228bd3e55c814d39240e354fd050d00fc	f267d02585b863c347d89bf84f74d378b6c1a8d14b240bac2c78c5fe12201a63
118	2026-12-07T01:36:27.581Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f267d02585b863c347d89bf84f74d378b6c1a8d14b240bac2c78c5fe12201a63	1efa40addf7a8c43e667b8df7b4265e09004715df3e0b3b223df76ff376f6465
119	2026-12-07T01:36:27.582Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1efa40addf7a8c43e667b8df7b4265e09004715df3e0b3b223df76ff376f6465	dd5c4d176af0fae389af44f35293eb4bfe700425cc5d9949835e44ac18795fcd
120	2026-12-07T01:36:27.583Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	dd5c4d176af0fae389af44f35293eb4bfe700425cc5d9949835e44ac18795fcd	bc0d82b6863aacb30403d7a8c2b3593e473c9168c4d55f28fcdd21cf3a339b99
121	2026-12-07T01:36:27.584Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bc0d82b6863aacb30403d7a8c2b3593e473c9168c4d55f28fcdd21cf3a339b99	15d5bdf3f5a9ea6ebee74a7aabfd78098ac79eb636a8e791df1f9765897d9a28
122	2026-12-07T01:36:27.584Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	15d5bdf3f5a9ea6ebee74a7aabfd78098ac79eb636a8e791df1f9765897d9a28	8d2333d67ebd77d9a41f05c220f2e85a4885af5d77af679813760dae1ad9c187
123	2026-12-07T01:36:27.585Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8d2333d67ebd77d9a41f05c220f2e85a4885af5d77af679813760dae1ad9c187	72e852ea2a9807c0ee6388d99c4ffff65ddc549c7366290a0183dbfd6beaffe6
124	2026-12-07T01:36:27.586Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	72e852ea2a9807c0ee6388d99c4ffff65ddc549c7366290a0183dbfd6beaffe6	5bcb1bdf4c88094217eb67e8ec80a4447198087cfdee6d0d4d12675dbd57c0f0
125	2026-12-07T01:36:27.587Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5bcb1bdf4c88094217eb67e8ec80a4447198087cfdee6d0d4d12675dbd57c0f0	fb69f8b1d3ab8c6379449d38f55f47c06ff100f4581bd6cf9d921156a33baf9b
126	2026-12-07T01:36:27.588Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	fb69f8b1d3ab8c6379449d38f55f47c06ff100f4581bd6cf9d921156a33baf9b	aba2638559d41d9d9eb50df6943223cf2efab57f09569152d4fbe05e35625cdf
127	2026-12-07T01:36:27.589Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	aba2638559d41d9d9eb50df6943223cf2efab57f09569152d4fbe05e35625cdf	76ec9c25fa9102a0547943f423533be52276b3092fa2f2e2848a9d7f945de057
128	2026-12-07T01:36:27.589Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	76ec9c25fa9102a0547943f423533be52276b3092fa2f2e2848a9d7f945de057	ab149d21a6d33912a9bacd8e801047491dfd204b496b176e98321405b161be58
129	2026-12-07T01:36:27.590Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ab149d21a6d33912a9bacd8e801047491dfd204b496b176e98321405b161be58	b1f45848ab95185ecbe45dad40a6a189641ef701502c8c704b7de386d432a27d
130	2026-12-07T01:36:27.591Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	b1f45848ab95185ecbe45dad40a6a189641ef701502c8c704b7de386d432a27d	4961993134385d30f5b62eae3421698d9a32a40a986dc1ee9fc40e82bd54c42d
131	2026-12-07T01:36:27.592Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	4961993134385d30f5b62eae3421698d9a32a40a986dc1ee9fc40e82bd54c42d	2bbd408f66da8c3d1744bb7820a5a01ff95175793d6761bc43b35192a3df3b77
132	2026-12-07T01:36:27.592Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	2bbd408f66da8c3d1744bb7820a5a01ff95175793d6761bc43b35192a3df3b77	21b4ee0d0d913507ee8fea06edd5407c68517f599049548082c9a4e45be7a1a0
133	2026-12-07T01:36:27.593Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	21b4ee0d0d913507ee8fea06edd5407c68517f599049548082c9a4e45be7a1a0	790495e77a6e87435c69d3eacc5f46feb62fcdcb3accdea41b238e001f1dd24a
134	2026-12-07T01:36:27.594Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	790495e77a6e87435c69d3eacc5f46feb62fcdcb3accdea41b238e001f1dd24a	4ca272d413982d6ff751a3b5d31f76daef47c5f4c5d3a1621120dc0296547094
135	2026-12-07T01:36:27.595Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	4ca272d413982d6ff751a3b5d31f76daef47c5f4c5d3a1621120dc0296547094	fb54b1c3826fedfa5fe3f4e97d47688117814e7e64ecd9ad1de28356f2e9eced
136	2026-12-07T01:36:27.595Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fb54b1c3826fedfa5fe3f4e97d47688117814e7e64ecd9ad1de28356f2e9eced	8ef10893226bfba1a7790c39c9eeff804ea5a76d51d22894ae8789dc70404cde
137	2026-12-07T01:36:27.596Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	8ef10893226bfba1a7790c39c9eeff804ea5a76d51d22894ae8789dc70404cde	c3f1b25cce5a7b3261fb1cb7fc84feef1afd781e7bdd20cdeb746feff475cd3c
138	2026-12-07T01:36:27.597Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c3f1b25cce5a7b3261fb1cb7fc84feef1afd781e7bdd20cdeb746feff475cd3c	17999c09fd8ca1ea1e0880c2222da7ea0bdf91fe03d36b4d552fdc98e1c4a9a8
139	2026-12-07T01:36:27.598Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	17999c09fd8ca1ea1e0880c2222da7ea0bdf91fe03d36b4d552fdc98e1c4a9a8	8aff9da3e57119cac1d58c9939952fe42b0258582dbb95a39fc1b063c2a89401
140	2026-12-07T01:36:27.599Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8aff9da3e57119cac1d58c9939952fe42b0258582dbb95a39fc1b063c2a89401	ae3742d7bd51f23a3c029a669421179ea0a9ffa1e7d47399703f8fbf1e481341
141	2026-12-07T01:36:27.599Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	ae3742d7bd51f23a3c029a669421179ea0a9ffa1e7d47399703f8fbf1e481341	7ba39cce10cad007eb2f5a1524f7c9e89e3fbbd2112626374ac896d096262ba9
142	2026-12-07T01:36:27.600Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7ba39cce10cad007eb2f5a1524f7c9e89e3fbbd2112626374ac896d096262ba9	24252b8eb81369039d10f8a58b4d412facd8178c0ced0bbe3d50ce252854842a
143	2026-12-07T01:36:27.601Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	24252b8eb81369039d10f8a58b4d412facd8178c0ced0bbe3d50ce252854842a	2f46075cc37c319bdccde9110b9cf855ce6477a7b130f29400a18db28e3a5b54
144	2026-12-07T01:36:27.602Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2f46075cc37c319bdccde9110b9cf855ce6477a7b130f29400a18db28e3a5b54	56a1cdb7fa4783eaf9688324c13fbedd181b508f1150ccecbf2179a0fd121309
145	2026-12-07T01:36:27.602Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	56a1cdb7fa4783eaf9688324c13fbedd181b508f1150ccecbf2179a0fd121309	6c588c015e66feb01fe00c1b4c500044c9df81c3d4c5aa2c073659208ebb8567
146	2026-12-07T01:36:27.603Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	6c588c015e66feb01fe00c1b4c500044c9df81c3d4c5aa2c073659208ebb8567	4798f039925c3225f56e2e458fcab4758d86f3856c7606acea6b477d2562dc3b
147	2026-12-07T01:36:27.604Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	4798f039925c3225f56e2e458fcab4758d86f3856c7606acea6b477d2562dc3b	f7c7f059db3542a88086160a9928d2c1e45d587321ec96abaa0a56ae7c44838f
148	2026-12-07T01:36:27.605Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	f7c7f059db3542a88086160a9928d2c1e45d587321ec96abaa0a56ae7c44838f	8e437630bd78a49f919a6fa85876cfae5d2017151943c09e05df0b1bdb0a56b6
149	2026-12-07T01:36:27.605Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8e437630bd78a49f919a6fa85876cfae5d2017151943c09e05df0b1bdb0a56b6	8826b47ff3a9438e98b7bb4fe68733dc4eeb23805e8bbf83be928c8eacda46d4
150	2026-12-07T01:36:27.606Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	8826b47ff3a9438e98b7bb4fe68733dc4eeb23805e8bbf83be928c8eacda46d4	81084785f92d6293e61a922601ce84c5d8b53a3fefc9daa462203a54944dc807
151	2026-12-07T01:36:27.607Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	81084785f92d6293e61a922601ce84c5d8b53a3fefc9daa462203a54944dc807	3095c3e3d26875e1ae80ca90e7ea5b3e767d2b6cf5d4ac790e2cd3331111b283
152	2026-12-07T01:36:27.608Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	3095c3e3d26875e1ae80ca90e7ea5b3e767d2b6cf5d4ac790e2cd3331111b283	34a66ae62136e96864cb45554cf75dc96f39bb96199dc22962152358ebfe1c01
153	2026-12-07T01:36:27.609Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	34a66ae62136e96864cb45554cf75dc96f39bb96199dc22962152358ebfe1c01	c912764b150015012d7a65d6d3614e83825ea8fbfef7b4f0c46156c29fc4ee24
154	2026-12-07T01:36:27.610Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	c912764b150015012d7a65d6d3614e83825ea8fbfef7b4f0c46156c29fc4ee24	0a3b1b8277d769983276ab237a325ffbf64c9486cc54aeb1d53775c262e73106
155	2026-12-07T01:36:27.610Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0a3b1b8277d769983276ab237a325ffbf64c9486cc54aeb1d53775c262e73106	5e9dfc68e1af721aacc71292dd07ce86eaf3e9704266e69d365f696cb4d879f4
156	2026-12-07T01:36:27.611Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	5e9dfc68e1af721aacc71292dd07ce86eaf3e9704266e69d365f696cb4d879f4	cfe0a0b4ee2898ad8a169946de63a0b9939b63f08a36a0d9969586c06a590e08
157	2026-12-07T01:36:27.612Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cfe0a0b4ee2898ad8a169946de63a0b9939b63f08a36a0d9969586c06a590e08	e07f159deef2a37870e9d36fb5d2d8298d1e57903ad8d856ff59a1b4532e89ba
158	2026-12-07T01:36:27.613Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	e07f159deef2a37870e9d36fb5d2d8298d1e57903ad8d856ff59a1b4532e89ba	9d9958c4f9cd436fddcd1968ed5579be0df9a7cf0d10cf6ca7a13b01c3dbea96
159	2026-12-07T01:36:27.614Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9d9958c4f9cd436fddcd1968ed5579be0df9a7cf0d10cf6ca7a13b01c3dbea96	79650ec0aadc1a9cb56acb359185512cb52e29461f0e1fc57192d69f31c94127
160	2026-12-07T01:36:27.614Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	79650ec0aadc1a9cb56acb359185512cb52e29461f0e1fc57192d69f31c94127	4a57fd1e21ae4cd246152fdc90daebe1253dc5814bb875a5dcf27362deac3818
161	2026-12-07T01:36:27.615Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	4a57fd1e21ae4cd246152fdc90daebe1253dc5814bb875a5dcf27362deac3818	0545f6f672d7f0045f8c2e6bdaf2bf2a837316ecad450da497ec9f19f378dfb3
162	2026-12-07T01:36:27.616Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	0545f6f672d7f0045f8c2e6bdaf2bf2a837316ecad450da497ec9f19f378dfb3	3b3c99dec3ad37eb76a55b9491723ac91c9415f1f08bb156158eebebf319b94f
163	2026-12-07T01:36:27.617Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	3b3c99dec3ad37eb76a55b9491723ac91c9415f1f08bb156158eebebf319b94f	e3d98e31ae99ab08c01cb96255369b3759f7eb08f013e5106428cd72d94d6f01
164	2026-12-07T01:36:27.617Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e3d98e31ae99ab08c01cb96255369b3759f7eb08f013e5106428cd72d94d6f01	5a3299dea6ab8dfb6b45324b7208fcff838a480c822e31d612efebfd58dbfc1e
165	2026-12-07T01:36:27.618Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	5a3299dea6ab8dfb6b45324b7208fcff838a480c822e31d612efebfd58dbfc1e	b82b4def40c929c2d2991b9b4375cf97749c9df672ae09b794fc53ca9d1cb549
166	2026-12-07T01:36:27.619Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b82b4def40c929c2d2991b9b4375cf97749c9df672ae09b794fc53ca9d1cb549	c1b782227f61c916d0306476ea063bb1b4e8b18661cbcd67b1d7164ea23ca8b5
167	2026-12-07T01:36:27.620Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	c1b782227f61c916d0306476ea063bb1b4e8b18661cbcd67b1d7164ea23ca8b5	0406766d4c0c5f904d48d3f47f7b4c7b9a70a3702b209bcf877526247ec2734a
168	2026-12-07T01:36:27.620Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0406766d4c0c5f904d48d3f47f7b4c7b9a70a3702b209bcf877526247ec2734a	e1fd505097d7c3cccf1e1b7e36e98a3df23d29a936e1af75d6bfcc07aa7fa828
169	2026-12-07T01:36:27.621Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	e1fd505097d7c3cccf1e1b7e36e98a3df23d29a936e1af75d6bfcc07aa7fa828	2bb1e568f185b26b9ea26ab99702f9e9dfc87de5e4740a76e5c6fd903693641f
170	2026-12-07T01:36:27.622Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2bb1e568f185b26b9ea26ab99702f9e9dfc87de5e4740a76e5c6fd903693641f	b0b77f413d81b174a66efc5105890b19680e83fafad6a1d41badc9f414a8efed
171	2026-12-07T01:36:27.623Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	b0b77f413d81b174a66efc5105890b19680e83fafad6a1d41badc9f414a8efed	4e796a97735ea0af7e0f077d5c00f847d8b4fc709cb6ff1a83deea04a75c2e16
172	2026-12-07T01:36:27.624Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4e796a97735ea0af7e0f077d5c00f847d8b4fc709cb6ff1a83deea04a75c2e16	6e3b0058941121e5b0e8998973f9d53717723fc31e7008447ec13509cba26e29
173	2026-12-07T01:36:27.624Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	6e3b0058941121e5b0e8998973f9d53717723fc31e7008447ec13509cba26e29	cc754a46342c4a1c8eb507a0b9e75e2e4af03be6b2938afc72c7205ceb963687
174	2026-12-07T01:36:27.625Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cc754a46342c4a1c8eb507a0b9e75e2e4af03be6b2938afc72c7205ceb963687	5a8a437406949ac9a216aca6994368d0d2c75b42baf15b90adb92957110a4ad2
175	2026-12-07T01:36:27.626Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	5a8a437406949ac9a216aca6994368d0d2c75b42baf15b90adb92957110a4ad2	b06ea139be8e0228e52580e4d82b01097176ed19539b5ae6240420bbec71fa8a
176	2026-12-07T01:36:27.627Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	b06ea139be8e0228e52580e4d82b01097176ed19539b5ae6240420bbec71fa8a	ed7748aedc0d5e20165743b24fc42e1a2ee910dbd4e4daf3c9b0795811a26e89
177	2026-12-07T01:36:27.628Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	ed7748aedc0d5e20165743b24fc42e1a2ee910dbd4e4daf3c9b0795811a26e89	dacf16a8b495f2ea5750bc1e54e242d51c1d78f7fa2d2a9146489d6d7162b94d
178	2026-12-07T01:36:27.629Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	dacf16a8b495f2ea5750bc1e54e242d51c1d78f7fa2d2a9146489d6d7162b94d	c1abc34d5543c4361c1272e152da76bb9098a8afac7519fac85d814a92090d0a
179	2026-12-07T01:36:27.630Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c1abc34d5543c4361c1272e152da76bb9098a8afac7519fac85d814a92090d0a	9d0eb2bc909147a77fdb04982c42d21455f31f2c688a3540d1217da598375684
180	2026-12-07T01:36:27.630Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	9d0eb2bc909147a77fdb04982c42d21455f31f2c688a3540d1217da598375684	9cefd159332f556e8624a26b8f6fe77a7c8ebda67f037feeab55db1e64107232
181	2026-12-07T01:36:27.631Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9cefd159332f556e8624a26b8f6fe77a7c8ebda67f037feeab55db1e64107232	09a6de4ae107a7013b461199c25e73da8944f1c6422173be815f4b14c6491106
182	2026-12-07T01:36:27.632Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	09a6de4ae107a7013b461199c25e73da8944f1c6422173be815f4b14c6491106	ee78e886d11e48e01fd5bc7ce96c4a6f797a268b1f7db966d387499085a450ad
183	2026-12-07T01:36:27.633Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ee78e886d11e48e01fd5bc7ce96c4a6f797a268b1f7db966d387499085a450ad	8bc206e3e47bd392d2385bbc1c089eafd6235dd2b3bf9f68237af4e8c7fc79de
184	2026-12-07T01:36:27.634Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	8bc206e3e47bd392d2385bbc1c089eafd6235dd2b3bf9f68237af4e8c7fc79de	7f4014dd8d007f79d22bb6bfaed2e1a833c84eb139b4c9254b43b8493dd47980
185	2026-12-07T01:36:27.634Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7f4014dd8d007f79d22bb6bfaed2e1a833c84eb139b4c9254b43b8493dd47980	811a60a2044abbb2b83d7d91864b1f9b1b942214c3cdf1009f4b3faff153fdc2
186	2026-12-07T01:36:27.635Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	811a60a2044abbb2b83d7d91864b1f9b1b942214c3cdf1009f4b3faff153fdc2	852c098d094ba7f3c505b73d5750a52be42cb09bf5306b49ad6e2d82c05e1ab5
187	2026-12-07T01:36:27.636Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	852c098d094ba7f3c505b73d5750a52be42cb09bf5306b49ad6e2d82c05e1ab5	db53ed6c5ec2800096b9ccb4b100e5be1d99d60d7d40bb27f145263761a2ab5b
188	2026-12-07T01:36:27.637Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	db53ed6c5ec2800096b9ccb4b100e5be1d99d60d7d40bb27f145263761a2ab5b	af496ce11f7fd6d3cb44a048eadfc0db0af122d2fc93f3aa76967b7b41a3bacd
189	2026-12-07T01:36:27.637Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	af496ce11f7fd6d3cb44a048eadfc0db0af122d2fc93f3aa76967b7b41a3bacd	65785c8da16535b6da1480ee301ec5646c208056295edd04da3dc138cc9d5738
190	2026-12-07T01:36:27.638Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	65785c8da16535b6da1480ee301ec5646c208056295edd04da3dc138cc9d5738	24570195ae2db66dc60fd29d267ca31a79781c606d551564538faf40590fbf6f
191	2026-12-07T01:36:27.639Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	24570195ae2db66dc60fd29d267ca31a79781c606d551564538faf40590fbf6f	e4ac65bc778c8af3ac4e151fae2d5861c212bcea9d727404c46012554deac99e
192	2026-12-07T01:36:27.640Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	e4ac65bc778c8af3ac4e151fae2d5861c212bcea9d727404c46012554deac99e	152a40551ae4ec121a01a86b98e5535c4b86196f71cf94f01461f36bce498d41
193	2026-12-07T01:36:27.641Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	152a40551ae4ec121a01a86b98e5535c4b86196f71cf94f01461f36bce498d41	804a256d20e1a40433b6530b5be325b11806b518a44ae8bf0aca500e6a275ea6
194	2026-12-07T01:36:27.641Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	804a256d20e1a40433b6530b5be325b11806b518a44ae8bf0aca500e6a275ea6	07618b69fb421497c4bc44f4698c46a41a2f8068f6dfeef4d7b15572367e385c
195	2026-12-07T01:36:27.642Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	07618b69fb421497c4bc44f4698c46a41a2f8068f6dfeef4d7b15572367e385c	9c96ed5febe8e36cd5de179b702f440327ff5e526c54b305d06ce3c0d888bce5
196	2026-12-07T01:36:27.643Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9c96ed5febe8e36cd5de179b702f440327ff5e526c54b305d06ce3c0d888bce5	e5796dbfb2df78ccd420b845a1ca5279c8aea50ec8eb6d4042c44ed4593c0a2f
197	2026-12-07T01:36:27.644Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	e5796dbfb2df78ccd420b845a1ca5279c8aea50ec8eb6d4042c44ed4593c0a2f	6b2283f78fdc25e06389e10315c3f7781187b184d4e3ac76477ab52122c40edf
198	2026-12-07T01:36:27.644Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6b2283f78fdc25e06389e10315c3f7781187b184d4e3ac76477ab52122c40edf	f658899c9b9e987e65e3872bdacc5fbd60895a3f54bbbcf1c92818af6e5740d9
199	2026-12-07T01:36:27.645Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	f658899c9b9e987e65e3872bdacc5fbd60895a3f54bbbcf1c92818af6e5740d9	c9b84ac7b3f669ef2c95ea80f183e034e6b2a06f69e59b463e062f6db980e055
200	2026-12-07T01:36:27.646Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c9b84ac7b3f669ef2c95ea80f183e034e6b2a06f69e59b463e062f6db980e055	53cf5f71ba9b39d825ada420e7dc8aceacddeccacaa5a89aa34a450e0651e6ff
201	2026-12-07T01:36:27.647Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	53cf5f71ba9b39d825ada420e7dc8aceacddeccacaa5a89aa34a450e0651e6ff	afc20bd3bbad97e34f649bb22f40523199d3390604a2455733efc5ada86a9598
202	2026-12-07T01:36:27.648Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	afc20bd3bbad97e34f649bb22f40523199d3390604a2455733efc5ada86a9598	27c0387cdbc5f9f66284e57aca8615999d2f94f5865fab7b90581d7bdebf24a6
203	2026-12-07T01:36:27.649Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	27c0387cdbc5f9f66284e57aca8615999d2f94f5865fab7b90581d7bdebf24a6	2d324d3945f3260a0820ac9439938d5c054cc92083410ca5084f4d7e30a13a99
204	2026-12-07T01:36:27.649Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2d324d3945f3260a0820ac9439938d5c054cc92083410ca5084f4d7e30a13a99	954af7aeb926fe10dcb74208f69df61d01869df57a537122c25c119900f11e4f
205	2026-12-07T01:36:27.650Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	954af7aeb926fe10dcb74208f69df61d01869df57a537122c25c119900f11e4f	d902ec69358f6e6437205650b9e7f6a9c0df440917f10fbb28befcf2d9797e53
206	2026-12-07T01:36:27.651Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	d902ec69358f6e6437205650b9e7f6a9c0df440917f10fbb28befcf2d9797e53	c8312908c755a70e7cf9a97db2d4e76cfcd48afdcba46973bdc209ede2d7a640
207	2026-12-07T01:36:27.652Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	c8312908c755a70e7cf9a97db2d4e76cfcd48afdcba46973bdc209ede2d7a640	24ef4f58bb45c35a5ae265b33c7802e21af2eb3003279c4b5605e284cfac5746
208	2026-12-07T01:36:27.653Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	24ef4f58bb45c35a5ae265b33c7802e21af2eb3003279c4b5605e284cfac5746	e58d38fb88b4dcbd0009ee3c0fbb2f1dbae97fdcda7ced9adff52dfd95b880c4
209	2026-12-07T01:36:27.654Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e58d38fb88b4dcbd0009ee3c0fbb2f1dbae97fdcda7ced9adff52dfd95b880c4	d2076b5a649c409a35a91d319e8ec82b0a4e0ed2c8c8165fe3d1c2b071eb085a
210	2026-12-07T01:36:27.655Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	d2076b5a649c409a35a91d319e8ec82b0a4e0ed2c8c8165fe3d1c2b071eb085a	666b60ac3719a8a29d36dcb1e0086278a5d6fa7beb505b511c4de3eee1c856c9
211	2026-12-07T01:36:27.656Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	666b60ac3719a8a29d36dcb1e0086278a5d6fa7beb505b511c4de3eee1c856c9	6988928b2e3c05ffb71683c8b16ef6f7a870a85256136d2e886dd959aeb8a437
212	2026-12-07T01:36:27.657Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	6988928b2e3c05ffb71683c8b16ef6f7a870a85256136d2e886dd959aeb8a437	d808e6cf9f56f3ba2bd3f51ac5750f749f219a964d250c90b91a16dff62de94d
213	2026-12-07T01:36:27.658Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d808e6cf9f56f3ba2bd3f51ac5750f749f219a964d250c90b91a16dff62de94d	5f1b150c0876fdcb1ea39615637565c847f9b8a74ef319ea65aef17a88349b25
214	2026-12-07T01:36:27.659Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	5f1b150c0876fdcb1ea39615637565c847f9b8a74ef319ea65aef17a88349b25	1de3d334f04833050f49fa54c566d3502eeb8bb7c52b0452c1ed36330388da96
215	2026-12-07T01:36:27.660Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1de3d334f04833050f49fa54c566d3502eeb8bb7c52b0452c1ed36330388da96	caa13cabae62a9b9c2b4193f426eb77713ed3a4b63d848cf4601b92eaf0ee039
216	2026-12-07T01:36:27.660Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	caa13cabae62a9b9c2b4193f426eb77713ed3a4b63d848cf4601b92eaf0ee039	8a0e654d67cefe648d6bc18a93470857b301aaaaccad24b87cd75ea14e9e6f65
217	2026-12-07T01:36:27.661Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8a0e654d67cefe648d6bc18a93470857b301aaaaccad24b87cd75ea14e9e6f65	1e873c42a1cf29f3dad3633e720be3364b5d012b08b4193e2992a8b79707fd7d
218	2026-12-07T01:36:27.662Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	1e873c42a1cf29f3dad3633e720be3364b5d012b08b4193e2992a8b79707fd7d	30647d27b840e67811b206689c6a5fa325a60fac19d8800a4ff4405528ff0d43
219	2026-12-07T01:36:27.663Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	30647d27b840e67811b206689c6a5fa325a60fac19d8800a4ff4405528ff0d43	bc80c8e359e4950e48171771a0229a94737a5abe21fe008e66331d5097e87050
220	2026-12-07T01:36:27.664Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	bc80c8e359e4950e48171771a0229a94737a5abe21fe008e66331d5097e87050	831bc1cca882db5a9dae01a564c8e750e70e0db61be92452f603fc2d020bc0e3
221	2026-12-07T01:36:27.665Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	831bc1cca882db5a9dae01a564c8e750e70e0db61be92452f603fc2d020bc0e3	0c16989b8df024c7515d7aab0236473b82d0fb8ad03b4c31a2705fca3fd3b324
222	2026-12-07T01:36:27.666Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	0c16989b8df024c7515d7aab0236473b82d0fb8ad03b4c31a2705fca3fd3b324	e7c204686dbf7eb173bd30bf93ff4208d3217d3a0fb3378edd68ee6a745c4865
223	2026-12-07T01:36:27.667Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	e7c204686dbf7eb173bd30bf93ff4208d3217d3a0fb3378edd68ee6a745c4865	2c9fd8c19ae18c17063ae2c7c4bad8eea3e73674bc3bc9c0e62a0fbde5943bd8
224	2026-12-07T01:36:27.668Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2c9fd8c19ae18c17063ae2c7c4bad8eea3e73674bc3bc9c0e62a0fbde5943bd8	768f7a2729f0e757f131f11c076ddfa589d79cc050534fb22a0e208c26254b0c
225	2026-12-07T01:36:27.669Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	768f7a2729f0e757f131f11c076ddfa589d79cc050534fb22a0e208c26254b0c	10784059ad1897642517bd98e6b9e7cbd54f3a1d3639358c6fc9f8d385ee0f50
226	2026-12-07T01:36:27.670Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	10784059ad1897642517bd98e6b9e7cbd54f3a1d3639358c6fc9f8d385ee0f50	6b69df11ca955702d9f8a63a0b2f1ede02200b983fda10959b7f126f025b7c45
227	2026-12-07T01:36:27.671Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	6b69df11ca955702d9f8a63a0b2f1ede02200b983fda10959b7f126f025b7c45	7825e8d4a47462026c9c244ad2642bb7543c5c2a0742ef7c0291e649e34e9796
228	2026-12-07T01:36:27.672Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7825e8d4a47462026c9c244ad2642bb7543c5c2a0742ef7c0291e649e34e9796	f059997dc7456f8e143dc52e924e947933ea36d6f8b78e4cf7d9d8277c451bce
229	2026-12-07T01:36:27.673Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	f059997dc7456f8e143dc52e924e947933ea36d6f8b78e4cf7d9d8277c451bce	5e0784ee7c649c640bbfd3aece6b149684406cbb655a25aee8a4197531dade31
230	2026-12-07T01:36:27.674Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5e0784ee7c649c640bbfd3aece6b149684406cbb655a25aee8a4197531dade31	b30498f7efb6570e729943a561bfab931e9aac1d9621addc9db7afd937ea9a95
231	2026-12-07T01:36:27.675Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	b30498f7efb6570e729943a561bfab931e9aac1d9621addc9db7afd937ea9a95	ad8379f82432fb6abac46c62fbeffd3e8df5dc3474f297b92f027a3130d9cd88
232	2026-12-07T01:36:27.675Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ad8379f82432fb6abac46c62fbeffd3e8df5dc3474f297b92f027a3130d9cd88	ff27edb1d0dec716c84d33857e463c88d2e1a9d6bfee01d46faa2bf1c58075c1
233	2026-12-07T01:36:27.676Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	ff27edb1d0dec716c84d33857e463c88d2e1a9d6bfee01d46faa2bf1c58075c1	505ea6a7b5ffa0c5322f3a822baacda105193ba4d475e03e4d842168331f01f4
234	2026-12-07T01:36:27.878Z	\N	system	create	user	1	\N	{"created_at":1796607387,"disabled":false,"display_name":"Quản trị hệ thống","id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	505ea6a7b5ffa0c5322f3a822baacda105193ba4d475e03e4d842168331f01f4	a120b34a8c3d413e503a36312a6e0dabf4dcc097cdd69304dddbd9f36dc9e605
235	2026-12-07T01:36:28.033Z	\N	system	create	user	2	\N	{"created_at":1796607388,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	a120b34a8c3d413e503a36312a6e0dabf4dcc097cdd69304dddbd9f36dc9e605	aebf37405653b74b80494553c57f04f5a1e158c8c5a6bc2fb711f1c3c6e89c47
236	2026-12-07T01:36:28.190Z	\N	system	create	user	3	\N	{"created_at":1796607388,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	aebf37405653b74b80494553c57f04f5a1e158c8c5a6bc2fb711f1c3c6e89c47	b9ca06043e71231619b3b13bad19341bde1735e10c8a0d012173df95818d4aba
237	2026-12-07T01:36:28.349Z	\N	system	create	user	4	\N	{"created_at":1796607388,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	b9ca06043e71231619b3b13bad19341bde1735e10c8a0d012173df95818d4aba	bf4097f32fd31f13e9ccb6e18839973f824e8b3889be470a9c3feb13d1453842
238	2026-12-07T01:36:28.512Z	\N	system	create	user	5	\N	{"created_at":1796607388,"disabled":false,"display_name":"Cán bộ phường Long Bình","id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	bf4097f32fd31f13e9ccb6e18839973f824e8b3889be470a9c3feb13d1453842	c307c1db6e3819b57adbded580d6c3fc19988b57c063c1839aa482fdeda2ac0a
239	2026-12-07T01:36:28.521Z	\N	system	create	target	1	\N	{"baseline":null,"code":"DV","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của khu vực dịch vụ đạt 10%/năm.","direction":"higher","due_days":15,"id":1,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất khu vực dịch vụ","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":10.0,"unit_of_measure":"%","weight":1.0,"year":2019}	c307c1db6e3819b57adbded580d6c3fc19988b57c063c1839aa482fdeda2ac0a	a1471bb6bdc076150b13425676769e94a26078e9d9a17e18fad9ad161da1d511
240	2026-12-07T01:36:28.522Z	\N	system	create	target	2	\N	{"baseline":null,"code":"CN","description":"Tốc độ tăng trưởng bình quân về giá trị sản xuất của ngành công nghiệp, tiểu thủ công nghiệp đạt 11%/năm.","direction":"higher","due_days":15,"id":2,"kind":"growth_rate","leader_person_id":3,"name":"Tăng trưởng giá trị sản xuất công nghiệp, tiểu thủ công nghiệp","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":11.0,"unit_of_measure":"%","weight":1.0,"year":2019}	a1471bb6bdc076150b13425676769e94a26078e9d9a17e18fad9ad161da1d511	05912fa24ada63a87a97ffa9862593a0992c33a59387ae19643995fe5fcb0ddd
241	2026-12-07T01:36:28.523Z	\N	system	create	target	3	\N	{"baseline":null,"code":"NS","description":"Dự toán thu ngân sách nhà nước phấn đấu vượt chỉ tiêu từ 6% đến 8%.","direction":"higher","due_days":15,"id":3,"kind":"range","leader_person_id":1,"name":"Thu ngân sách nhà nước vượt dự toán","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":8.0,"target_low":6.0,"unit_of_measure":"%","weight":1.0,"year":2019}	05912fa24ada63a87a97ffa9862593a0992c33a59387ae19643995fe5fcb0ddd	c788ab4a9abcd117ef8c33743928b888d408e3a33fbc160b9d76265027c9f4e4
242	2026-12-07T01:36:28.524Z	\N	system	create	target	4	\N	{"baseline":null,"code":"XDCB","description":"Tổng mức đầu tư xây dựng cơ bản vốn ngân sách tập trung thành phố và quận quản lý đạt 250 tỷ đồng.","direction":"higher","due_days":10,"id":4,"kind":"amount","leader_person_id":3,"name":"Giải ngân vốn đầu tư xây dựng cơ bản","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"none","target_high":null,"target_low":250.0,"unit_of_measure":"tỷ đồng","weight":1.0,"year":2019}	c788ab4a9abcd117ef8c33743928b888d408e3a33fbc160b9d76265027c9f4e4	8df6d453064d5605e44c3640785ca668887fd69289aefe51df73b73a3e3f9092
243	2026-12-07T01:36:28.524Z	\N	system	create	target	5	\N	{"baseline":null,"code":"HN","description":"Giảm tỷ lệ hộ nghèo, hộ cận nghèo bình quân 0,8% trên tổng số dân (giảm 600 hộ nghèo, 1.000 hộ cận nghèo theo chuẩn mới của thành phố).","direction":"higher","due_days":10,"id":5,"kind":"reduction","leader_person_id":2,"name":"Giảm hộ nghèo, hộ cận nghèo","owner_unit_id":2,"parent_id":null,"period":"month","rollup":"sum","target_high":null,"target_low":1600.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	8df6d453064d5605e44c3640785ca668887fd69289aefe51df73b73a3e3f9092	4d1f61a1c249fc371b264de9f5b7ddc0802cbdab2276dc51d9b545a4e3f9ee94
244	2026-12-07T01:36:28.525Z	\N	system	create	target	6	\N	{"baseline":null,"code":"PP","description":"Phấn đấu kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%.","direction":"higher","due_days":15,"id":6,"kind":"reduction","leader_person_id":1,"name":"Kéo giảm tỷ lệ phạm pháp hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"wavg","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":1.0,"year":2019}	4d1f61a1c249fc371b264de9f5b7ddc0802cbdab2276dc51d9b545a4e3f9ee94	d79349ae818e9e409735cac367b78bc8c2d4b4fa0a7241fa5972b5c1c3549743
245	2026-12-07T01:36:28.525Z	\N	system	create	target	7	\N	{"baseline":null,"code":"DT","description":"Nâng tỷ lệ điều tra, phá án hình sự trên 70%.","direction":"higher","due_days":15,"id":7,"kind":"ratio","leader_person_id":1,"name":"Tỷ lệ điều tra, phá án hình sự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"none","target_high":null,"target_low":70.0,"unit_of_measure":"%","weight":1.0,"year":2019}	d79349ae818e9e409735cac367b78bc8c2d4b4fa0a7241fa5972b5c1c3549743	9bfe2c284ff446b9dc7d97e7b0811a88512e0fb40745aca85c837c81d8e904ae
246	2026-12-07T01:36:28.526Z	\N	system	create	target	8	\N	{"baseline":null,"code":"TDP","description":"Xây dựng 80% tổ dân phố đạt tự quản về an ninh trật tự.","direction":"higher","due_days":15,"id":8,"kind":"share","leader_person_id":1,"name":"Tổ dân phố đạt tự quản về an ninh trật tự","owner_unit_id":2,"parent_id":null,"period":"quarter","rollup":"share","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":1.0,"year":2019}	9bfe2c284ff446b9dc7d97e7b0811a88512e0fb40745aca85c837c81d8e904ae	9f05cb5732b8534246b87dffe7e371879ca749b7b019d438db890df5470cccd0
247	2026-12-07T01:36:28.527Z	\N	system	create	target	9	\N	{"baseline":null,"code":"HN.Q9.HIEPPHU","description":"Phần chỉ tiêu HN của Phường Hiệp Phú, phân bổ theo quy mô dân số: giảm 146 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":9,"kind":"reduction","leader_person_id":22,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Hiệp Phú","owner_unit_id":18,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":146.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	9f05cb5732b8534246b87dffe7e371879ca749b7b019d438db890df5470cccd0	326b80b97a7c1a9e921b49dcbd89f68fb0552303e4ec58be66b205e057b9919c
248	2026-12-07T01:36:28.527Z	\N	system	create	target	10	\N	{"baseline":null,"code":"PP.Q9.HIEPPHU","description":"Phần chỉ tiêu PP của Phường Hiệp Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":10,"kind":"reduction","leader_person_id":22,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	326b80b97a7c1a9e921b49dcbd89f68fb0552303e4ec58be66b205e057b9919c	430b488ad677ca9971c373afecac8d5e55955fc573c6c1d1f14874aca138e9cb
249	2026-12-07T01:36:28.528Z	\N	system	create	target	11	\N	{"baseline":null,"code":"TDP.Q9.HIEPPHU","description":"Phần chỉ tiêu TDP của Phường Hiệp Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":11,"kind":"share","leader_person_id":22,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Hiệp Phú","owner_unit_id":18,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	430b488ad677ca9971c373afecac8d5e55955fc573c6c1d1f14874aca138e9cb	8424cb8981710f659999993950bd76f00ece8cf6059700f52c36465053ad7128
250	2026-12-07T01:36:28.529Z	\N	system	create	target	12	\N	{"baseline":null,"code":"HN.Q9.LONGBINH","description":"Phần chỉ tiêu HN của Phường Long Bình, phân bổ theo quy mô dân số: giảm 117 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":12,"kind":"reduction","leader_person_id":30,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Bình","owner_unit_id":25,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":117.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	8424cb8981710f659999993950bd76f00ece8cf6059700f52c36465053ad7128	c3d11e6b7092698f52dd88d1b0cd4e262e256244ebd587749dcc1125a07d693c
251	2026-12-07T01:36:28.529Z	\N	system	create	target	13	\N	{"baseline":null,"code":"PP.Q9.LONGBINH","description":"Phần chỉ tiêu PP của Phường Long Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":13,"kind":"reduction","leader_person_id":30,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Bình","owner_unit_id":25,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.3300000000000001,"year":2019}	c3d11e6b7092698f52dd88d1b0cd4e262e256244ebd587749dcc1125a07d693c	d2f5353749c0fbc6594a51a6296614b394b723d4854ce62a94426f6dc3761020
252	2026-12-07T01:36:28.530Z	\N	system	create	target	14	\N	{"baseline":null,"code":"TDP.Q9.LONGBINH","description":"Phần chỉ tiêu TDP của Phường Long Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":14,"kind":"share","leader_person_id":30,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Bình","owner_unit_id":25,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	d2f5353749c0fbc6594a51a6296614b394b723d4854ce62a94426f6dc3761020	b70bafe6177ba93514fcfa93abb01a83a89facd65d6e652a130905a671700feb
253	2026-12-07T01:36:28.531Z	\N	system	create	target	15	\N	{"baseline":null,"code":"HN.Q9.LONGPHUOC","description":"Phần chỉ tiêu HN của Phường Long Phước, phân bổ theo quy mô dân số: giảm 42 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":15,"kind":"reduction","leader_person_id":38,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Phước","owner_unit_id":32,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":42.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	b70bafe6177ba93514fcfa93abb01a83a89facd65d6e652a130905a671700feb	ffa58cc991eeb7f1e84f95fb473a2858a664c8cbbb7dd1aceca05fd3e524036a
254	2026-12-07T01:36:28.531Z	\N	system	create	target	16	\N	{"baseline":null,"code":"PP.Q9.LONGPHUOC","description":"Phần chỉ tiêu PP của Phường Long Phước: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":16,"kind":"reduction","leader_person_id":38,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Phước","owner_unit_id":32,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":2.6400000000000001,"year":2019}	ffa58cc991eeb7f1e84f95fb473a2858a664c8cbbb7dd1aceca05fd3e524036a	850877d4269fed9f0ed3961d8b7efe31ea35287a39ba9ca7d9c5436d2624746f
255	2026-12-07T01:36:28.532Z	\N	system	create	target	17	\N	{"baseline":null,"code":"TDP.Q9.LONGPHUOC","description":"Phần chỉ tiêu TDP của Phường Long Phước: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":17,"kind":"share","leader_person_id":38,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Phước","owner_unit_id":32,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	850877d4269fed9f0ed3961d8b7efe31ea35287a39ba9ca7d9c5436d2624746f	5d3942a80cede61f955dfa8638c2f039070e3b118ddde4933e1c38e82a51b837
256	2026-12-07T01:36:28.532Z	\N	system	create	target	18	\N	{"baseline":null,"code":"HN.Q9.LONGTHANHMY","description":"Phần chỉ tiêu HN của Phường Long Thạnh Mỹ, phân bổ theo quy mô dân số: giảm 169 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":18,"kind":"reduction","leader_person_id":46,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":169.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	5d3942a80cede61f955dfa8638c2f039070e3b118ddde4933e1c38e82a51b837	538738989f5daa59ff5535d3519416c885522aa52aae1dbe3d75bb5ed271d7a1
257	2026-12-07T01:36:28.533Z	\N	system	create	target	19	\N	{"baseline":null,"code":"PP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu PP của Phường Long Thạnh Mỹ: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":19,"kind":"reduction","leader_person_id":46,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":10.56,"year":2019}	538738989f5daa59ff5535d3519416c885522aa52aae1dbe3d75bb5ed271d7a1	5a6b293d23247f821ab40148a0cc8590c9b338b926750c7a779181eae428b5cd
258	2026-12-07T01:36:28.533Z	\N	system	create	target	20	\N	{"baseline":null,"code":"TDP.Q9.LONGTHANHMY","description":"Phần chỉ tiêu TDP của Phường Long Thạnh Mỹ: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":20,"kind":"share","leader_person_id":46,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Thạnh Mỹ","owner_unit_id":39,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	5a6b293d23247f821ab40148a0cc8590c9b338b926750c7a779181eae428b5cd	189bd79dfa8bb9575d362fdcd724c62fbd46d6dec4e25716377e974fec3c9f94
259	2026-12-07T01:36:28.534Z	\N	system	create	target	21	\N	{"baseline":null,"code":"HN.Q9.LONGTRUONG","description":"Phần chỉ tiêu HN của Phường Long Trường, phân bổ theo quy mô dân số: giảm 85 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":21,"kind":"reduction","leader_person_id":54,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Long Trường","owner_unit_id":46,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":85.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	189bd79dfa8bb9575d362fdcd724c62fbd46d6dec4e25716377e974fec3c9f94	43b16554cde4d7ca3cabd3dd66d5d39aac986846a6061d9885e7a28a3bf92314
260	2026-12-07T01:36:28.534Z	\N	system	create	target	22	\N	{"baseline":null,"code":"PP.Q9.LONGTRUONG","description":"Phần chỉ tiêu PP của Phường Long Trường: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":22,"kind":"reduction","leader_person_id":54,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Long Trường","owner_unit_id":46,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.2800000000000002,"year":2019}	43b16554cde4d7ca3cabd3dd66d5d39aac986846a6061d9885e7a28a3bf92314	9d101dcb0ade61aa0bb125c44c488f831a620cb36c4978715e7e082130beca36
261	2026-12-07T01:36:28.535Z	\N	system	create	target	23	\N	{"baseline":null,"code":"TDP.Q9.LONGTRUONG","description":"Phần chỉ tiêu TDP của Phường Long Trường: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":23,"kind":"share","leader_person_id":54,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Long Trường","owner_unit_id":46,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	9d101dcb0ade61aa0bb125c44c488f831a620cb36c4978715e7e082130beca36	151a9e00d909591b92e682d042266642faf5a3c143a47b0caafa0fc97d7cb9aa
297	2026-12-07T01:36:28.557Z	\N	system	report	measurement	12	\N	{"corrects":null,"evidence":null,"id":12,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":7,"unit_id":2,"value":71.299999999999997}	de25811dd643a73cb201bc3a980a1780b80f56f277de545b54a5a69382d9868c	e6e3735ab87a625e617794f558d435b7b296200541f988b75165102809d4105a
262	2026-12-07T01:36:28.536Z	\N	system	create	target	24	\N	{"baseline":null,"code":"HN.Q9.PHUHUU","description":"Phần chỉ tiêu HN của Phường Phú Hữu, phân bổ theo quy mô dân số: giảm 113 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":24,"kind":"reduction","leader_person_id":62,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phú Hữu","owner_unit_id":53,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":113.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	151a9e00d909591b92e682d042266642faf5a3c143a47b0caafa0fc97d7cb9aa	6e4203d172e747a1d965dbd43382badaab59ae4e99ef98fb538e4326b73d34aa
263	2026-12-07T01:36:28.536Z	\N	system	create	target	25	\N	{"baseline":null,"code":"PP.Q9.PHUHUU","description":"Phần chỉ tiêu PP của Phường Phú Hữu: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":25,"kind":"reduction","leader_person_id":62,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phú Hữu","owner_unit_id":53,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":7.04,"year":2019}	6e4203d172e747a1d965dbd43382badaab59ae4e99ef98fb538e4326b73d34aa	d78e1323317fdea009c9ea11b6bb163e0da92893f72d7176ab75ea38e40615fc
264	2026-12-07T01:36:28.537Z	\N	system	create	target	26	\N	{"baseline":null,"code":"TDP.Q9.PHUHUU","description":"Phần chỉ tiêu TDP của Phường Phú Hữu: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":26,"kind":"share","leader_person_id":62,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phú Hữu","owner_unit_id":53,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	d78e1323317fdea009c9ea11b6bb163e0da92893f72d7176ab75ea38e40615fc	ddbc000d1376e0f345bd4fdfd95da8bc3f98beb8781d40bf26785f33b176baa8
265	2026-12-07T01:36:28.537Z	\N	system	create	target	27	\N	{"baseline":null,"code":"HN.Q9.PHUOCBINH","description":"Phần chỉ tiêu HN của Phường Phước Bình, phân bổ theo quy mô dân số: giảm 89 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":27,"kind":"reduction","leader_person_id":70,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Bình","owner_unit_id":60,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":89.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	ddbc000d1376e0f345bd4fdfd95da8bc3f98beb8781d40bf26785f33b176baa8	d969e0455072d73a3dec8ee3a3cefb91d38f456e56bfb00a9f200cc25fc9808d
266	2026-12-07T01:36:28.538Z	\N	system	create	target	28	\N	{"baseline":null,"code":"PP.Q9.PHUOCBINH","description":"Phần chỉ tiêu PP của Phường Phước Bình: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":28,"kind":"reduction","leader_person_id":70,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Bình","owner_unit_id":60,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":5.5700000000000003,"year":2019}	d969e0455072d73a3dec8ee3a3cefb91d38f456e56bfb00a9f200cc25fc9808d	3f85f8192ff207db49b401d8f8ebe87d6cf6e429727b0aab59cab3088455e5f2
267	2026-12-07T01:36:28.538Z	\N	system	create	target	29	\N	{"baseline":null,"code":"TDP.Q9.PHUOCBINH","description":"Phần chỉ tiêu TDP của Phường Phước Bình: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":29,"kind":"share","leader_person_id":70,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Bình","owner_unit_id":60,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	3f85f8192ff207db49b401d8f8ebe87d6cf6e429727b0aab59cab3088455e5f2	3c20771fc1074ba4ce4bd5d6517ab213e385c427129e2de225355eeedeaeb68b
268	2026-12-07T01:36:28.539Z	\N	system	create	target	30	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGA","description":"Phần chỉ tiêu HN của Phường Phước Long A, phân bổ theo quy mô dân số: giảm 99 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":30,"kind":"reduction","leader_person_id":78,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long A","owner_unit_id":67,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":99.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	3c20771fc1074ba4ce4bd5d6517ab213e385c427129e2de225355eeedeaeb68b	c458a374055ba2cc6d6554577e1cd59717374d5ebe85d3773672599683842fba
269	2026-12-07T01:36:28.540Z	\N	system	create	target	31	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu PP của Phường Phước Long A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":31,"kind":"reduction","leader_person_id":78,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long A","owner_unit_id":67,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.1600000000000001,"year":2019}	c458a374055ba2cc6d6554577e1cd59717374d5ebe85d3773672599683842fba	5cef375bd802b65c4884b489ede947083e0a0e9768d0cbc35d36ce6ffeebe4e9
270	2026-12-07T01:36:28.540Z	\N	system	create	target	32	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGA","description":"Phần chỉ tiêu TDP của Phường Phước Long A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":32,"kind":"share","leader_person_id":78,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long A","owner_unit_id":67,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	5cef375bd802b65c4884b489ede947083e0a0e9768d0cbc35d36ce6ffeebe4e9	2dfa9389a329acb883c80b453708e9c331d7148b83f17de026fb39970a589e35
271	2026-12-07T01:36:28.541Z	\N	system	create	target	33	\N	{"baseline":null,"code":"HN.Q9.PHUOCLONGB","description":"Phần chỉ tiêu HN của Phường Phước Long B, phân bổ theo quy mô dân số: giảm 244 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":33,"kind":"reduction","leader_person_id":86,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Phước Long B","owner_unit_id":74,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":244.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	2dfa9389a329acb883c80b453708e9c331d7148b83f17de026fb39970a589e35	bfac7443ae7365579ca92b8899a5ba32bd688acab94225af94b62851bd2dbb9d
298	2026-12-07T01:36:28.557Z	\N	system	report	measurement	13	\N	{"corrects":null,"evidence":null,"id":13,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":1,"unit_id":2,"value":10.6}	e6e3735ab87a625e617794f558d435b7b296200541f988b75165102809d4105a	60bf402059c394d98e14120d2a1cd873fb1c3c332ae2fa5961992643ae0b9fb7
272	2026-12-07T01:36:28.541Z	\N	system	create	target	34	\N	{"baseline":null,"code":"PP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu PP của Phường Phước Long B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":34,"kind":"reduction","leader_person_id":86,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Phước Long B","owner_unit_id":74,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":15.25,"year":2019}	bfac7443ae7365579ca92b8899a5ba32bd688acab94225af94b62851bd2dbb9d	f1ba6d70b9675c6c5a73def3e645aeab9d0747e023e23209186efdb094873740
273	2026-12-07T01:36:28.542Z	\N	system	create	target	35	\N	{"baseline":null,"code":"TDP.Q9.PHUOCLONGB","description":"Phần chỉ tiêu TDP của Phường Phước Long B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":35,"kind":"share","leader_person_id":86,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Phước Long B","owner_unit_id":74,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	f1ba6d70b9675c6c5a73def3e645aeab9d0747e023e23209186efdb094873740	30803e0888ba7cdd31ba0a749f4407fb3567bd33ff2768623ba6a1ce39c59cf5
274	2026-12-07T01:36:28.542Z	\N	system	create	target	36	\N	{"baseline":null,"code":"HN.Q9.TANPHU","description":"Phần chỉ tiêu HN của Phường Tân Phú, phân bổ theo quy mô dân số: giảm 103 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":36,"kind":"reduction","leader_person_id":94,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tân Phú","owner_unit_id":81,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":103.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	30803e0888ba7cdd31ba0a749f4407fb3567bd33ff2768623ba6a1ce39c59cf5	a071e438c96e9f35d3a15a2d2cb5a99217e7eb48f6d146f6966eb1d0a256dcd3
275	2026-12-07T01:36:28.543Z	\N	system	create	target	37	\N	{"baseline":null,"code":"PP.Q9.TANPHU","description":"Phần chỉ tiêu PP của Phường Tân Phú: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":37,"kind":"reduction","leader_person_id":94,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tân Phú","owner_unit_id":81,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":6.4500000000000002,"year":2019}	a071e438c96e9f35d3a15a2d2cb5a99217e7eb48f6d146f6966eb1d0a256dcd3	9c33e75d3972755a21018f0bed3fee0c341b4c07941767698256a8febb45ce7c
276	2026-12-07T01:36:28.543Z	\N	system	create	target	38	\N	{"baseline":null,"code":"TDP.Q9.TANPHU","description":"Phần chỉ tiêu TDP của Phường Tân Phú: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":38,"kind":"share","leader_person_id":94,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tân Phú","owner_unit_id":81,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	9c33e75d3972755a21018f0bed3fee0c341b4c07941767698256a8febb45ce7c	82f74576e997cb9075f15186ce11e976cf1fa890cc3c7d451695c12a25b14994
277	2026-12-07T01:36:28.544Z	\N	system	create	target	39	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú A, phân bổ theo quy mô dân số: giảm 192 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":39,"kind":"reduction","leader_person_id":102,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":192.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	82f74576e997cb9075f15186ce11e976cf1fa890cc3c7d451695c12a25b14994	4ec535ccd8f7daa02467ec0e4f46b17faf83c9188c3fdcc531d920d20c119b9f
278	2026-12-07T01:36:28.544Z	\N	system	create	target	40	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú A: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":40,"kind":"reduction","leader_person_id":102,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":12.02,"year":2019}	4ec535ccd8f7daa02467ec0e4f46b17faf83c9188c3fdcc531d920d20c119b9f	ffbf32f50fbb0d0d16d140776e04c2d0b071c67dba4661294872e5097ede8ba0
279	2026-12-07T01:36:28.545Z	\N	system	create	target	41	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUA","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú A: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":41,"kind":"share","leader_person_id":102,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú A","owner_unit_id":88,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	ffbf32f50fbb0d0d16d140776e04c2d0b071c67dba4661294872e5097ede8ba0	e4e26dd85b93b5b5565120297a2c36c97ab90623704d96e699cb4fce936e9dc2
280	2026-12-07T01:36:28.545Z	\N	system	create	target	42	\N	{"baseline":null,"code":"HN.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu HN của Phường Tăng Nhơn Phú B, phân bổ theo quy mô dân số: giảm 145 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":42,"kind":"reduction","leader_person_id":110,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":145.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	e4e26dd85b93b5b5565120297a2c36c97ab90623704d96e699cb4fce936e9dc2	ab9a069acdbd1897048b74ff53cff64deea9526f27ab75935547caee94676cc4
281	2026-12-07T01:36:28.546Z	\N	system	create	target	43	\N	{"baseline":null,"code":"PP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu PP của Phường Tăng Nhơn Phú B: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":43,"kind":"reduction","leader_person_id":110,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":9.0899999999999999,"year":2019}	ab9a069acdbd1897048b74ff53cff64deea9526f27ab75935547caee94676cc4	2927c82c5be264422de159223650f8c4f8cb73aebe384cef0f4806b6c19deb97
299	2026-12-07T01:36:28.558Z	\N	system	report	measurement	14	\N	{"corrects":null,"evidence":null,"id":14,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":2,"unit_id":2,"value":9.5999999999999996}	60bf402059c394d98e14120d2a1cd873fb1c3c332ae2fa5961992643ae0b9fb7	0659d4c55ef85c37f14c90fcfa5f6b58b92243bc2b9cc9bbd0553eaa50352eeb
282	2026-12-07T01:36:28.547Z	\N	system	create	target	44	\N	{"baseline":null,"code":"TDP.Q9.TANGNHONPHUB","description":"Phần chỉ tiêu TDP của Phường Tăng Nhơn Phú B: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":44,"kind":"share","leader_person_id":110,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Tăng Nhơn Phú B","owner_unit_id":95,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	2927c82c5be264422de159223650f8c4f8cb73aebe384cef0f4806b6c19deb97	591efe92c3a7032f5474855de8485125c3e6cd2daafe6fc066ef6d09e043e61d
283	2026-12-07T01:36:28.547Z	\N	system	create	target	45	\N	{"baseline":null,"code":"HN.Q9.TRUONGTHANH","description":"Phần chỉ tiêu HN của Phường Trường Thạnh, phân bổ theo quy mô dân số: giảm 56 hộ nghèo, hộ cận nghèo.","direction":"higher","due_days":10,"id":45,"kind":"reduction","leader_person_id":118,"name":"Giảm hộ nghèo, hộ cận nghèo - Phường Trường Thạnh","owner_unit_id":102,"parent_id":5,"period":"month","rollup":"none","target_high":null,"target_low":56.0,"unit_of_measure":"hộ","weight":1.0,"year":2019}	591efe92c3a7032f5474855de8485125c3e6cd2daafe6fc066ef6d09e043e61d	10e815e8b7e00c7f3ba25fc3558455839b3e7d93eb672f7ff9abee19d57d52e2
284	2026-12-07T01:36:28.548Z	\N	system	create	target	46	\N	{"baseline":null,"code":"PP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu PP của Phường Trường Thạnh: kéo giảm tỷ lệ phạm pháp hình sự từ 3 - 5%; trọng số theo tỷ lệ dân số.","direction":"higher","due_days":15,"id":46,"kind":"reduction","leader_person_id":118,"name":"Kéo giảm tỷ lệ phạm pháp hình sự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":6,"period":"quarter","rollup":"none","target_high":5.0,"target_low":3.0,"unit_of_measure":"%","weight":3.52,"year":2019}	10e815e8b7e00c7f3ba25fc3558455839b3e7d93eb672f7ff9abee19d57d52e2	ea029afd2f7a01b715bfe804ff4f366612b8b80cc0301a65557fce89cb4ae611
285	2026-12-07T01:36:28.549Z	\N	system	create	target	47	\N	{"baseline":null,"code":"TDP.Q9.TRUONGTHANH","description":"Phần chỉ tiêu TDP của Phường Trường Thạnh: 80% tổ dân phố đạt tự quản về an ninh trật tự; trọng số là số tổ dân phố.","direction":"higher","due_days":15,"id":47,"kind":"share","leader_person_id":118,"name":"Tổ dân phố đạt tự quản về an ninh trật tự - Phường Trường Thạnh","owner_unit_id":102,"parent_id":8,"period":"quarter","rollup":"none","target_high":null,"target_low":80.0,"unit_of_measure":"%","weight":5.0,"year":2019}	ea029afd2f7a01b715bfe804ff4f366612b8b80cc0301a65557fce89cb4ae611	110dae2e99a2a31ff3281924b10dc48d681571209f922feb42467107caca66b2
286	2026-12-07T01:36:28.551Z	\N	system	report	measurement	1	\N	{"corrects":null,"evidence":null,"id":1,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":1,"unit_id":2,"value":10.199999999999999}	110dae2e99a2a31ff3281924b10dc48d681571209f922feb42467107caca66b2	24051bec87ddc550dd0f79e2ab2934f40ef9362009ded538ab3eae3bd88a553d
287	2026-12-07T01:36:28.551Z	\N	system	report	measurement	2	\N	{"corrects":null,"evidence":null,"id":2,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":2,"unit_id":2,"value":10.4}	24051bec87ddc550dd0f79e2ab2934f40ef9362009ded538ab3eae3bd88a553d	d31c6fa43d78575603937cd4a9a08ba39f949421f990ccea8a428e60d2ad0749
288	2026-12-07T01:36:28.552Z	\N	system	report	measurement	3	\N	{"corrects":null,"evidence":null,"id":3,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":3,"unit_id":2,"value":5.7999999999999998}	d31c6fa43d78575603937cd4a9a08ba39f949421f990ccea8a428e60d2ad0749	4e362f59ffadb326955f92ef3d5f130b0b66b70e306dbaa4beb68674a96bf3e0
289	2026-12-07T01:36:28.553Z	\N	system	report	measurement	4	\N	{"corrects":null,"evidence":null,"id":4,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":7,"unit_id":2,"value":68.400000000000006}	4e362f59ffadb326955f92ef3d5f130b0b66b70e306dbaa4beb68674a96bf3e0	96c5a5c2e23b0e430d53021402ab22700b816df976e3f1d638f4a56f42582a74
290	2026-12-07T01:36:28.553Z	\N	system	report	measurement	5	\N	{"corrects":null,"evidence":null,"id":5,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":1,"unit_id":2,"value":10.4}	96c5a5c2e23b0e430d53021402ab22700b816df976e3f1d638f4a56f42582a74	abcdede5bdb8222ab593a1220d13163990e9073e8599dd5cc18325f8e4e6ada6
291	2026-12-07T01:36:28.554Z	\N	system	report	measurement	6	\N	{"corrects":null,"evidence":null,"id":6,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":2,"unit_id":2,"value":10.199999999999999}	abcdede5bdb8222ab593a1220d13163990e9073e8599dd5cc18325f8e4e6ada6	6039969c4a385fd48b67b374756a07df5d43a2e03bef01a6a7d0993c7c0908d0
292	2026-12-07T01:36:28.554Z	\N	system	report	measurement	7	\N	{"corrects":null,"evidence":null,"id":7,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":3,"unit_id":2,"value":6.4000000000000004}	6039969c4a385fd48b67b374756a07df5d43a2e03bef01a6a7d0993c7c0908d0	7be308e03296e2040b96e1cf26bb331bd843c43c73b6c3fc61356538b8aae0fd
293	2026-12-07T01:36:28.555Z	\N	system	report	measurement	8	\N	{"corrects":null,"evidence":null,"id":8,"note":"Theo báo cáo sơ kết 6 tháng","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":7,"unit_id":2,"value":70.599999999999994}	7be308e03296e2040b96e1cf26bb331bd843c43c73b6c3fc61356538b8aae0fd	7a09a84574cd4864ba7b737197609286eae06de37d8cf4485aaf6c5660ac2b7e
294	2026-12-07T01:36:28.555Z	\N	system	report	measurement	9	\N	{"corrects":null,"evidence":null,"id":9,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":1,"unit_id":2,"value":10.5}	7a09a84574cd4864ba7b737197609286eae06de37d8cf4485aaf6c5660ac2b7e	a5baf4dbb3abb3566bea8a9fb0a34df691a7678d567030dc84a245d25fe77142
295	2026-12-07T01:36:28.556Z	\N	system	report	measurement	10	\N	{"corrects":null,"evidence":null,"id":10,"note":"Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":2,"unit_id":2,"value":9.9000000000000004}	a5baf4dbb3abb3566bea8a9fb0a34df691a7678d567030dc84a245d25fe77142	3c43c91177e041ce078882642aea78e14e06f73c8c9f3fd460dd90acba56e10f
296	2026-12-07T01:36:28.556Z	\N	system	report	measurement	11	\N	{"corrects":null,"evidence":null,"id":11,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":3,"unit_id":2,"value":6.9000000000000004}	3c43c91177e041ce078882642aea78e14e06f73c8c9f3fd460dd90acba56e10f	de25811dd643a73cb201bc3a980a1780b80f56f277de545b54a5a69382d9868c
300	2026-12-07T01:36:28.558Z	\N	system	report	measurement	15	\N	{"corrects":null,"evidence":null,"id":15,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":3,"unit_id":2,"value":7.0999999999999996}	0659d4c55ef85c37f14c90fcfa5f6b58b92243bc2b9cc9bbd0553eaa50352eeb	8ee76e3f011513013545198fafe4afa438530fc731f4d5c057f33506eb6b4370
301	2026-12-07T01:36:28.559Z	\N	system	report	measurement	16	\N	{"corrects":null,"evidence":null,"id":16,"note":"Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":7,"unit_id":2,"value":72.0}	8ee76e3f011513013545198fafe4afa438530fc731f4d5c057f33506eb6b4370	400fff67fe87b91523fa102dad41e4bcda25b92fb467c22484de5e951a648f02
302	2026-12-07T01:36:28.559Z	\N	system	report	measurement	17	\N	{"corrects":null,"evidence":null,"id":17,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":4.0}	400fff67fe87b91523fa102dad41e4bcda25b92fb467c22484de5e951a648f02	0cfd8ca12416a3305bda311617c48edc9503b5a87182f3681169b8f997fcbea8
303	2026-12-07T01:36:28.560Z	\N	system	report	measurement	18	\N	{"corrects":null,"evidence":null,"id":18,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":6.5}	0cfd8ca12416a3305bda311617c48edc9503b5a87182f3681169b8f997fcbea8	456c24b2b21a75ef6af32dfeae54dd8c4982bfda85fbbba63d5dc236362868c2
304	2026-12-07T01:36:28.560Z	\N	system	report	measurement	19	\N	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	456c24b2b21a75ef6af32dfeae54dd8c4982bfda85fbbba63d5dc236362868c2	0579c80440be34c9f68ba64ee6ac9711825f7339baca9c1e55435a99a26c5db6
305	2026-12-07T01:36:28.561Z	\N	system	correct	measurement	20	{"corrects":null,"evidence":null,"id":19,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	{"corrects":19,"evidence":null,"id":20,"note":"Điều chỉnh theo số liệu Kho bạc","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":14.5}	0579c80440be34c9f68ba64ee6ac9711825f7339baca9c1e55435a99a26c5db6	d3dcb32790fe0e6adf122b779eb2eef0589c002064f1353fa818f81b4a070719
306	2026-12-07T01:36:28.562Z	\N	system	report	measurement	21	\N	{"corrects":null,"evidence":null,"id":21,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":12.0}	d3dcb32790fe0e6adf122b779eb2eef0589c002064f1353fa818f81b4a070719	4b1ec55fa4ed66f8515288e1fdfbb50b2cb24d14e85963a22a990ac57a221cd4
307	2026-12-07T01:36:28.562Z	\N	system	report	measurement	22	\N	{"corrects":null,"evidence":null,"id":22,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":16.0}	4b1ec55fa4ed66f8515288e1fdfbb50b2cb24d14e85963a22a990ac57a221cd4	6749eea081c92d1b3a1417a4d813324b68d8beb8100ad38e8fd58b459296fc78
308	2026-12-07T01:36:28.563Z	\N	system	report	measurement	23	\N	{"corrects":null,"evidence":null,"id":23,"note":"Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	6749eea081c92d1b3a1417a4d813324b68d8beb8100ad38e8fd58b459296fc78	b487e332f72072ce1fb22906f3ab3085ceca3b1c2fd486e408aea241563162cb
309	2026-12-07T01:36:28.563Z	\N	system	report	measurement	24	\N	{"corrects":null,"evidence":null,"id":24,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":20.0}	b487e332f72072ce1fb22906f3ab3085ceca3b1c2fd486e408aea241563162cb	e1653cee9c2a69cc72a942f76bfddfd04ec30fa489272449d45d2977c365e27c
310	2026-12-07T01:36:28.563Z	\N	system	report	measurement	25	\N	{"corrects":null,"evidence":null,"id":25,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":22.0}	e1653cee9c2a69cc72a942f76bfddfd04ec30fa489272449d45d2977c365e27c	a1ebf86fd8f96ef8d258cde1b3265ba986abf9ca6a93c772533ab3778c1b7ad0
311	2026-12-07T01:36:28.564Z	\N	system	report	measurement	26	\N	{"corrects":null,"evidence":null,"id":26,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":26.0}	a1ebf86fd8f96ef8d258cde1b3265ba986abf9ca6a93c772533ab3778c1b7ad0	bdb8dc15a64bf18b6d47fccfd99a11986a4906164b62b0c8782fef6ded36216f
312	2026-12-07T01:36:28.564Z	\N	system	report	measurement	27	\N	{"corrects":null,"evidence":null,"id":27,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":28.0}	bdb8dc15a64bf18b6d47fccfd99a11986a4906164b62b0c8782fef6ded36216f	1120cd1ea335a0a1060864e58fc08d37693f630ff2be2476ed291080831671ef
313	2026-12-07T01:36:28.565Z	\N	system	report	measurement	28	\N	{"corrects":null,"evidence":null,"id":28,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":34.0}	1120cd1ea335a0a1060864e58fc08d37693f630ff2be2476ed291080831671ef	6ab6a6a05b46705116773c85d13190d32bbe96d33d323fc3818fadee938551e3
314	2026-12-07T01:36:28.565Z	\N	system	report	measurement	29	\N	{"corrects":null,"evidence":null,"id":29,"note":"Số liệu sơ bộ, chờ đối chiếu Kho bạc","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":4,"unit_id":2,"value":50.0}	6ab6a6a05b46705116773c85d13190d32bbe96d33d323fc3818fadee938551e3	dba43bf5a5ce87881f645be3f2e9248c30d7c14913e8db335a7e44cba1ffec68
315	2026-12-07T01:36:28.566Z	\N	system	report	measurement	30	\N	{"corrects":null,"evidence":null,"id":30,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":12.0}	dba43bf5a5ce87881f645be3f2e9248c30d7c14913e8db335a7e44cba1ffec68	55e420f37c67fecbe8f0cbd30495c300d8852a550e7855d332f69946e468c219
316	2026-12-07T01:36:28.566Z	\N	system	report	measurement	31	\N	{"corrects":null,"evidence":null,"id":31,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":25.0}	55e420f37c67fecbe8f0cbd30495c300d8852a550e7855d332f69946e468c219	85d536d4fcdf90b127ef1e8df1fe0b99ee7b3c54e191200d7f9728b3b3eeddf9
317	2026-12-07T01:36:28.567Z	\N	system	report	measurement	32	\N	{"corrects":null,"evidence":null,"id":32,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":39.0}	85d536d4fcdf90b127ef1e8df1fe0b99ee7b3c54e191200d7f9728b3b3eeddf9	d78135800e62455b65d8fb8cdd3d421f0647a71c35380da5d9309ceef8da3729
318	2026-12-07T01:36:28.567Z	\N	system	report	measurement	33	\N	{"corrects":null,"evidence":null,"id":33,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":51.0}	d78135800e62455b65d8fb8cdd3d421f0647a71c35380da5d9309ceef8da3729	00efc345a3af9d46a7745a2075bd2f3f7e58482a080a766fe5c765d1f5989dab
319	2026-12-07T01:36:28.568Z	\N	system	report	measurement	34	\N	{"corrects":null,"evidence":null,"id":34,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":65.0}	00efc345a3af9d46a7745a2075bd2f3f7e58482a080a766fe5c765d1f5989dab	305700a61bbabc965fd1dc44d85090823855a3f09ff56625bbc7649d7e93bb2b
320	2026-12-07T01:36:28.568Z	\N	system	report	measurement	35	\N	{"corrects":null,"evidence":null,"id":35,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":77.0}	305700a61bbabc965fd1dc44d85090823855a3f09ff56625bbc7649d7e93bb2b	2c8a39831353743452e5c884b6b3dfccab516a403ec9d1674611b746674c24a8
321	2026-12-07T01:36:28.569Z	\N	system	report	measurement	36	\N	{"corrects":null,"evidence":null,"id":36,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":90.0}	2c8a39831353743452e5c884b6b3dfccab516a403ec9d1674611b746674c24a8	1b7915be5c0ac3102d58edabb54e34f04bb25449f2c80a7596b91a76b36e2b9c
322	2026-12-07T01:36:28.569Z	\N	system	report	measurement	37	\N	{"corrects":null,"evidence":null,"id":37,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":102.0}	1b7915be5c0ac3102d58edabb54e34f04bb25449f2c80a7596b91a76b36e2b9c	b96a6742bc921aa4d06fbc2e301a76057b98618d5c6045f459167776afbab8a0
323	2026-12-07T01:36:28.569Z	\N	system	report	measurement	38	\N	{"corrects":null,"evidence":null,"id":38,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":115.0}	b96a6742bc921aa4d06fbc2e301a76057b98618d5c6045f459167776afbab8a0	a55d648c9cc4b9e3d4c5ef846a022c433652c21e4d555693f2962b9a6f81c765
324	2026-12-07T01:36:28.570Z	\N	system	report	measurement	39	\N	{"corrects":null,"evidence":null,"id":39,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":128.0}	a55d648c9cc4b9e3d4c5ef846a022c433652c21e4d555693f2962b9a6f81c765	05f41d3d1b7db6e5726e8603bbb0d74309c06bb40d0f648ef1d7315c86fc9f9a
325	2026-12-07T01:36:28.570Z	\N	system	report	measurement	40	\N	{"corrects":null,"evidence":null,"id":40,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":152.0}	05f41d3d1b7db6e5726e8603bbb0d74309c06bb40d0f648ef1d7315c86fc9f9a	65c4ea0aeac911a680091a31ed5afa513d907c44ee9fc4855baff7aaa4486a92
326	2026-12-07T01:36:28.571Z	\N	system	report	measurement	41	\N	{"corrects":null,"evidence":null,"id":41,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":9,"unit_id":18,"value":155.0}	65c4ea0aeac911a680091a31ed5afa513d907c44ee9fc4855baff7aaa4486a92	fadfec48283092fb27d82b394b037fed815ba6a0b193f38fd08e27b186d67abd
327	2026-12-07T01:36:28.571Z	\N	system	report	measurement	42	\N	{"corrects":null,"evidence":null,"id":42,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":10,"unit_id":18,"value":3.1000000000000001}	fadfec48283092fb27d82b394b037fed815ba6a0b193f38fd08e27b186d67abd	1f0ab9513744727fd5f3c4b5eb37602b3cb062418cb4a40f6a3b4663dce33cfb
328	2026-12-07T01:36:28.572Z	\N	system	report	measurement	43	\N	{"corrects":null,"evidence":null,"id":43,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	1f0ab9513744727fd5f3c4b5eb37602b3cb062418cb4a40f6a3b4663dce33cfb	9f88b753a4c0ab74209e0bb1d43f2fbec78ba433d5f730791cc6bb2810b0ba3e
329	2026-12-07T01:36:28.572Z	\N	system	report	measurement	44	\N	{"corrects":null,"evidence":null,"id":44,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":10,"unit_id":18,"value":3.6000000000000001}	9f88b753a4c0ab74209e0bb1d43f2fbec78ba433d5f730791cc6bb2810b0ba3e	2cac7874edda911592117fab89736cbdccbbecc2fc6440edff448354fbfb416c
330	2026-12-07T01:36:28.573Z	\N	system	report	measurement	45	\N	{"corrects":null,"evidence":null,"id":45,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":11,"unit_id":18,"value":80.0}	2cac7874edda911592117fab89736cbdccbbecc2fc6440edff448354fbfb416c	95efa55726867db1bc5cbdcd886cc36daad1594ef78abcef11671e3d4e91f81c
331	2026-12-07T01:36:28.573Z	\N	system	report	measurement	46	\N	{"corrects":null,"evidence":null,"id":46,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":10,"unit_id":18,"value":4.0}	95efa55726867db1bc5cbdcd886cc36daad1594ef78abcef11671e3d4e91f81c	c1bc07706d2954c3277691f480f00104579bfd6d4b0b85f20c0063fb6a072721
332	2026-12-07T01:36:28.573Z	\N	system	report	measurement	47	\N	{"corrects":null,"evidence":null,"id":47,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	c1bc07706d2954c3277691f480f00104579bfd6d4b0b85f20c0063fb6a072721	7bbbbe90f0d4d3bcaa6689da4bc5896f9021ddf58ba08b00e6b2097bde38080d
333	2026-12-07T01:36:28.574Z	\N	system	report	measurement	48	\N	{"corrects":null,"evidence":null,"id":48,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":10,"unit_id":18,"value":4.2999999999999998}	7bbbbe90f0d4d3bcaa6689da4bc5896f9021ddf58ba08b00e6b2097bde38080d	77b6db9cd24ee1283d2cdf845af5bc02d03378c22845f495f7dbc5d90b39970a
334	2026-12-07T01:36:28.575Z	\N	system	report	measurement	49	\N	{"corrects":null,"evidence":null,"id":49,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":11,"unit_id":18,"value":100.0}	77b6db9cd24ee1283d2cdf845af5bc02d03378c22845f495f7dbc5d90b39970a	c2ee06ba29fa81f9945dff821c93a8537316387d8d66f8b345e4233b90b7c8f0
335	2026-12-07T01:36:28.575Z	\N	system	report	measurement	50	\N	{"corrects":null,"evidence":null,"id":50,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":10.0}	c2ee06ba29fa81f9945dff821c93a8537316387d8d66f8b345e4233b90b7c8f0	3c503130b5d781240f81a5f314ea13b930b66e1bd5594dcc8ca1cd0621970cdd
336	2026-12-07T01:36:28.576Z	\N	system	report	measurement	51	\N	{"corrects":null,"evidence":null,"id":51,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":19.0}	3c503130b5d781240f81a5f314ea13b930b66e1bd5594dcc8ca1cd0621970cdd	1db6581d4f2565ced3f29f703ce56270d1b52ed8feb2068e0d5ee2df0e909ba1
337	2026-12-07T01:36:28.576Z	\N	system	report	measurement	52	\N	{"corrects":null,"evidence":null,"id":52,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":30.0}	1db6581d4f2565ced3f29f703ce56270d1b52ed8feb2068e0d5ee2df0e909ba1	ac2bb5b380bdeb4d764c8f76b0927658e1a6d6acaf91de2d6da1bd290caab31c
338	2026-12-07T01:36:28.576Z	\N	system	report	measurement	53	\N	{"corrects":null,"evidence":null,"id":53,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":40.0}	ac2bb5b380bdeb4d764c8f76b0927658e1a6d6acaf91de2d6da1bd290caab31c	84ccae0f4c9059e942a876a234208d6f4fed1e1d42fcdcfe3a52bb4a4670d958
339	2026-12-07T01:36:28.577Z	\N	system	report	measurement	54	\N	{"corrects":null,"evidence":null,"id":54,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":51.0}	84ccae0f4c9059e942a876a234208d6f4fed1e1d42fcdcfe3a52bb4a4670d958	9306ad0bbb346b80db7cb6ba3d7267d30ddac5cd6b347e6e4275a04bda5d5eef
340	2026-12-07T01:36:28.577Z	\N	system	report	measurement	55	\N	{"corrects":null,"evidence":null,"id":55,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":61.0}	9306ad0bbb346b80db7cb6ba3d7267d30ddac5cd6b347e6e4275a04bda5d5eef	ae9e05ac58135b5dba8c2d8582128c0064b252e87ed1b4f1e761391b2ab11650
341	2026-12-07T01:36:28.578Z	\N	system	report	measurement	56	\N	{"corrects":null,"evidence":null,"id":56,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":71.0}	ae9e05ac58135b5dba8c2d8582128c0064b252e87ed1b4f1e761391b2ab11650	d1eb302691fc1e69933a0d3fbd51c40017c04480d322412f3ce19b15b1d9c822
342	2026-12-07T01:36:28.578Z	\N	system	report	measurement	57	\N	{"corrects":null,"evidence":null,"id":57,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":80.0}	d1eb302691fc1e69933a0d3fbd51c40017c04480d322412f3ce19b15b1d9c822	47c809b817da2112e5b70dc5641042b667830b399f37cfb06c9c2652bb050686
343	2026-12-07T01:36:28.579Z	\N	system	report	measurement	58	\N	{"corrects":null,"evidence":null,"id":58,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":90.0}	47c809b817da2112e5b70dc5641042b667830b399f37cfb06c9c2652bb050686	0c0a9fe899b5ae951322158d37f064624a5a17a4504ceca6d80dcd7bd9f59ad9
344	2026-12-07T01:36:28.579Z	\N	system	report	measurement	59	\N	{"corrects":null,"evidence":null,"id":59,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":101.0}	0c0a9fe899b5ae951322158d37f064624a5a17a4504ceca6d80dcd7bd9f59ad9	0034a0c069b097803e00019cd094306636956744343317910bad4349735a887a
345	2026-12-07T01:36:28.580Z	\N	system	report	measurement	60	\N	{"corrects":null,"evidence":null,"id":60,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":119.0}	0034a0c069b097803e00019cd094306636956744343317910bad4349735a887a	bc921d329d4690cc658df7d01dc82b56efc56376b36bebd51ab14187cf7d4b70
346	2026-12-07T01:36:28.580Z	\N	system	report	measurement	61	\N	{"corrects":null,"evidence":null,"id":61,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":12,"unit_id":25,"value":122.0}	bc921d329d4690cc658df7d01dc82b56efc56376b36bebd51ab14187cf7d4b70	26ac9d4a4f6a6124fc54e364f90d6c1de57650ff77584c2cdf05c2744f3d5352
347	2026-12-07T01:36:28.581Z	\N	system	report	measurement	62	\N	{"corrects":null,"evidence":null,"id":62,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":13,"unit_id":25,"value":2.7999999999999998}	26ac9d4a4f6a6124fc54e364f90d6c1de57650ff77584c2cdf05c2744f3d5352	502baaa65e36060f60e484e42f7e4873a6458013bc66bddb82557235c7e45cfd
348	2026-12-07T01:36:28.581Z	\N	system	report	measurement	63	\N	{"corrects":null,"evidence":null,"id":63,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":14,"unit_id":25,"value":60.0}	502baaa65e36060f60e484e42f7e4873a6458013bc66bddb82557235c7e45cfd	2bbeb37ff033ad011ec78e9ee3f2077522519b591eb2a2d9a8553271df9bdb16
349	2026-12-07T01:36:28.581Z	\N	system	report	measurement	64	\N	{"corrects":null,"evidence":null,"id":64,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":13,"unit_id":25,"value":3.2999999999999998}	2bbeb37ff033ad011ec78e9ee3f2077522519b591eb2a2d9a8553271df9bdb16	b82e52a35ec7954c017c4c9944221e42b7b0249330329dd434c878b651ca9fbb
350	2026-12-07T01:36:28.582Z	\N	system	report	measurement	65	\N	{"corrects":null,"evidence":null,"id":65,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	b82e52a35ec7954c017c4c9944221e42b7b0249330329dd434c878b651ca9fbb	14e1e8a226e14dfd3afed4a470551e686300b95ea8842ad27c3c247e27451769
351	2026-12-07T01:36:28.582Z	\N	system	report	measurement	66	\N	{"corrects":null,"evidence":null,"id":66,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":13,"unit_id":25,"value":3.7000000000000002}	14e1e8a226e14dfd3afed4a470551e686300b95ea8842ad27c3c247e27451769	1b514fc75fc3c9e43277dda74e4ad921ee857e7b82a77602e0706337c5f06a25
352	2026-12-07T01:36:28.583Z	\N	system	report	measurement	67	\N	{"corrects":null,"evidence":null,"id":67,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	1b514fc75fc3c9e43277dda74e4ad921ee857e7b82a77602e0706337c5f06a25	60f80d47a7a9dfaf00d10916971764461d58d2cfa682d9ef338f391b896b5a68
353	2026-12-07T01:36:28.583Z	\N	system	report	measurement	68	\N	{"corrects":null,"evidence":null,"id":68,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":13,"unit_id":25,"value":4.0}	60f80d47a7a9dfaf00d10916971764461d58d2cfa682d9ef338f391b896b5a68	de19386fe8c42930d03fb7478232bb192b3674331789cad9a1d78d5592e6573c
354	2026-12-07T01:36:28.584Z	\N	system	report	measurement	69	\N	{"corrects":null,"evidence":null,"id":69,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":14,"unit_id":25,"value":80.0}	de19386fe8c42930d03fb7478232bb192b3674331789cad9a1d78d5592e6573c	7f384033a2f96091670384bd29dab6f8cd91bc3c83bad01e00a5bda4a6c531f1
355	2026-12-07T01:36:28.584Z	\N	system	report	measurement	70	\N	{"corrects":null,"evidence":null,"id":70,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":3.0}	7f384033a2f96091670384bd29dab6f8cd91bc3c83bad01e00a5bda4a6c531f1	0dd30d01f33572fc34af6532482bb7b1dd3ed8039b1ffd1f99b3f7ea343a7cc0
356	2026-12-07T01:36:28.584Z	\N	system	report	measurement	71	\N	{"corrects":null,"evidence":null,"id":71,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":5.0}	0dd30d01f33572fc34af6532482bb7b1dd3ed8039b1ffd1f99b3f7ea343a7cc0	9d7e8bb8541b0a3d83c11e514edabf1634320e196edb9e9614326b814f66c30e
357	2026-12-07T01:36:28.585Z	\N	system	report	measurement	72	\N	{"corrects":null,"evidence":null,"id":72,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":8.0}	9d7e8bb8541b0a3d83c11e514edabf1634320e196edb9e9614326b814f66c30e	19103427f86766d7836f99f364b611ad3c4b29a06e455d4d56fd7da3d4a9884f
358	2026-12-07T01:36:28.585Z	\N	system	report	measurement	73	\N	{"corrects":null,"evidence":null,"id":73,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":11.0}	19103427f86766d7836f99f364b611ad3c4b29a06e455d4d56fd7da3d4a9884f	f1087e38918148fa94005db39adcc9d6fb981eecbcd2ae5e7d7ab6ad99956873
359	2026-12-07T01:36:28.586Z	\N	system	report	measurement	74	\N	{"corrects":null,"evidence":null,"id":74,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":14.0}	f1087e38918148fa94005db39adcc9d6fb981eecbcd2ae5e7d7ab6ad99956873	bb9133743cc2a26185bb42f2e277f1f391a0aa7db579741a5cdaa4c22bd84093
360	2026-12-07T01:36:28.586Z	\N	system	report	measurement	75	\N	{"corrects":null,"evidence":null,"id":75,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":17.0}	bb9133743cc2a26185bb42f2e277f1f391a0aa7db579741a5cdaa4c22bd84093	821fa893186a4956af99427ba7a6160d7406792cd6741c28d7beb34df52b0889
361	2026-12-07T01:36:28.587Z	\N	system	report	measurement	76	\N	{"corrects":null,"evidence":null,"id":76,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":19.0}	821fa893186a4956af99427ba7a6160d7406792cd6741c28d7beb34df52b0889	b35d8f62d69e40fc92a570f90f3e7201cd93119f20d028376ce73beeefffe8c0
362	2026-12-07T01:36:28.587Z	\N	system	report	measurement	77	\N	{"corrects":null,"evidence":null,"id":77,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":22.0}	b35d8f62d69e40fc92a570f90f3e7201cd93119f20d028376ce73beeefffe8c0	b4478f17de6cdfa00ce421b964513ac5cc4e048465d46dd69b5af51c54cf4238
363	2026-12-07T01:36:28.588Z	\N	system	report	measurement	78	\N	{"corrects":null,"evidence":null,"id":78,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":25.0}	b4478f17de6cdfa00ce421b964513ac5cc4e048465d46dd69b5af51c54cf4238	ea61aca32e7dd66bed1ca351d3282055090934d44f445782005134a174060254
364	2026-12-07T01:36:28.588Z	\N	system	report	measurement	79	\N	{"corrects":null,"evidence":null,"id":79,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":28.0}	ea61aca32e7dd66bed1ca351d3282055090934d44f445782005134a174060254	be59baa4d5795efffab8d4798236c05953c7b8067f94ac4ef50b21513ac7f355
365	2026-12-07T01:36:28.589Z	\N	system	report	measurement	80	\N	{"corrects":null,"evidence":null,"id":80,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":15,"unit_id":32,"value":33.0}	be59baa4d5795efffab8d4798236c05953c7b8067f94ac4ef50b21513ac7f355	c85280a58e1c78a9904b9eb53872d2dd541f267d8ee92d20fdb78034df5ab5a0
366	2026-12-07T01:36:28.589Z	\N	system	report	measurement	81	\N	{"corrects":null,"evidence":null,"id":81,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":16,"unit_id":32,"value":3.3999999999999999}	c85280a58e1c78a9904b9eb53872d2dd541f267d8ee92d20fdb78034df5ab5a0	3a172b0cafeee295eea135a9af77bfa08eed6e4ef466344eeb73d4218bdf524c
367	2026-12-07T01:36:28.590Z	\N	system	report	measurement	82	\N	{"corrects":null,"evidence":null,"id":82,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":17,"unit_id":32,"value":40.0}	3a172b0cafeee295eea135a9af77bfa08eed6e4ef466344eeb73d4218bdf524c	d4b085c8e672654f28e24ed2085209877e986a6255c1bcde06650137e8daeb8e
368	2026-12-07T01:36:28.590Z	\N	system	report	measurement	83	\N	{"corrects":null,"evidence":null,"id":83,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":16,"unit_id":32,"value":3.7999999999999998}	d4b085c8e672654f28e24ed2085209877e986a6255c1bcde06650137e8daeb8e	39432594b85589d13aee05e279acb79ac4a7aaab2337719295f6ce542099aac1
369	2026-12-07T01:36:28.591Z	\N	system	report	measurement	84	\N	{"corrects":null,"evidence":null,"id":84,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	39432594b85589d13aee05e279acb79ac4a7aaab2337719295f6ce542099aac1	724a1cd7055f5339f25ff942147fa2dcd13d9fd36ad476c8128daff9f58efdc6
370	2026-12-07T01:36:28.591Z	\N	system	report	measurement	85	\N	{"corrects":null,"evidence":null,"id":85,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":16,"unit_id":32,"value":4.2000000000000002}	724a1cd7055f5339f25ff942147fa2dcd13d9fd36ad476c8128daff9f58efdc6	e428762873d8bc7c0e04a4f5275764f5c56a0cac18e21df89c66c15226566e45
371	2026-12-07T01:36:28.591Z	\N	system	report	measurement	86	\N	{"corrects":null,"evidence":null,"id":86,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	e428762873d8bc7c0e04a4f5275764f5c56a0cac18e21df89c66c15226566e45	4363563538468f3eda1445d536fc52f0e76f22c2dc09a3b0a538b8aec6e82997
372	2026-12-07T01:36:28.592Z	\N	system	report	measurement	87	\N	{"corrects":null,"evidence":null,"id":87,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":16,"unit_id":32,"value":4.5999999999999996}	4363563538468f3eda1445d536fc52f0e76f22c2dc09a3b0a538b8aec6e82997	1297e28a52f818ba3230a18cded5ed66810478ee738c08759fe0468033b596b0
373	2026-12-07T01:36:28.592Z	\N	system	report	measurement	88	\N	{"corrects":null,"evidence":null,"id":88,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":17,"unit_id":32,"value":60.0}	1297e28a52f818ba3230a18cded5ed66810478ee738c08759fe0468033b596b0	8b38c851a53b4259900b14bf28582dc7f0e935a4971825339e3d7144c64631bc
374	2026-12-07T01:36:28.593Z	\N	system	report	measurement	89	\N	{"corrects":null,"evidence":null,"id":89,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":14.0}	8b38c851a53b4259900b14bf28582dc7f0e935a4971825339e3d7144c64631bc	c6e4f968bf4e33060508f5f1d93a217de651fd65bdc03c33f8ee3a5977c707e6
375	2026-12-07T01:36:28.593Z	\N	system	report	measurement	90	\N	{"corrects":null,"evidence":null,"id":90,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":28.0}	c6e4f968bf4e33060508f5f1d93a217de651fd65bdc03c33f8ee3a5977c707e6	775046d49d6e16260bc53066ecdbc58a32359ad09faf92b8ce4b822a5886460c
376	2026-12-07T01:36:28.594Z	\N	system	report	measurement	91	\N	{"corrects":null,"evidence":null,"id":91,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":44.0}	775046d49d6e16260bc53066ecdbc58a32359ad09faf92b8ce4b822a5886460c	1566d46006b4625e4f7012fc36930833abefa3bb197fabfa5118dd467a7878fc
377	2026-12-07T01:36:28.594Z	\N	system	report	measurement	92	\N	{"corrects":null,"evidence":null,"id":92,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":59.0}	1566d46006b4625e4f7012fc36930833abefa3bb197fabfa5118dd467a7878fc	1c275b404f5f8dc2e9d2c00839b8addd4573295591c4dbb167ec0e4a1a417b90
378	2026-12-07T01:36:28.594Z	\N	system	report	measurement	93	\N	{"corrects":null,"evidence":null,"id":93,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":75.0}	1c275b404f5f8dc2e9d2c00839b8addd4573295591c4dbb167ec0e4a1a417b90	be473dfb0df9c6139adcca236aef79ec01a3fff4fd8b4c80c92cfeb30d3b8ca0
379	2026-12-07T01:36:28.595Z	\N	system	report	measurement	94	\N	{"corrects":null,"evidence":null,"id":94,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":89.0}	be473dfb0df9c6139adcca236aef79ec01a3fff4fd8b4c80c92cfeb30d3b8ca0	dbba1b32455d19d53648f7f304815076676e5a42a1d7f3db4fbd989f23dda308
380	2026-12-07T01:36:28.595Z	\N	system	report	measurement	95	\N	{"corrects":null,"evidence":null,"id":95,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":103.0}	dbba1b32455d19d53648f7f304815076676e5a42a1d7f3db4fbd989f23dda308	9225a2eca0ae8cd70b62427ce5bfd98eb19a666dcaa71a5e0c2bd731d22796d2
381	2026-12-07T01:36:28.596Z	\N	system	report	measurement	96	\N	{"corrects":null,"evidence":null,"id":96,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":117.0}	9225a2eca0ae8cd70b62427ce5bfd98eb19a666dcaa71a5e0c2bd731d22796d2	4144864f72f172b7799ee6b6a01d749aa7ed8af959cee72ace38c79d25428161
382	2026-12-07T01:36:28.596Z	\N	system	report	measurement	97	\N	{"corrects":null,"evidence":null,"id":97,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":131.0}	4144864f72f172b7799ee6b6a01d749aa7ed8af959cee72ace38c79d25428161	e160c08f1abd98288227c691bf548af177778cdf6d9328c59ece154688d67165
383	2026-12-07T01:36:28.597Z	\N	system	report	measurement	98	\N	{"corrects":null,"evidence":null,"id":98,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":147.0}	e160c08f1abd98288227c691bf548af177778cdf6d9328c59ece154688d67165	012506e4c0a970a2f37c61f27891b46651b1b92bf92060c94ec9e03b3892caa5
384	2026-12-07T01:36:28.597Z	\N	system	report	measurement	99	\N	{"corrects":null,"evidence":null,"id":99,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":174.0}	012506e4c0a970a2f37c61f27891b46651b1b92bf92060c94ec9e03b3892caa5	0e7164c73e7acf9843cc235618b7b30fa3dea037ebf5de20017285c770f591e2
385	2026-12-07T01:36:28.598Z	\N	system	report	measurement	100	\N	{"corrects":null,"evidence":null,"id":100,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":18,"unit_id":39,"value":177.0}	0e7164c73e7acf9843cc235618b7b30fa3dea037ebf5de20017285c770f591e2	67d8dfb9c0dfdee481e4ba11b682f730273239b6d8c77610188accaea58209f8
386	2026-12-07T01:36:28.598Z	\N	system	report	measurement	101	\N	{"corrects":null,"evidence":null,"id":101,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":19,"unit_id":39,"value":2.8999999999999999}	67d8dfb9c0dfdee481e4ba11b682f730273239b6d8c77610188accaea58209f8	0b31b71dba43aab4e90167326fd45a2c2ab36c35d2a5fe11e0f4c2d8a016be81
387	2026-12-07T01:36:28.599Z	\N	system	report	measurement	102	\N	{"corrects":null,"evidence":null,"id":102,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	0b31b71dba43aab4e90167326fd45a2c2ab36c35d2a5fe11e0f4c2d8a016be81	42c7ce69a7611527b7b66a5c9f55c8643a8c02e4638540bd99c0ef26a4d7f0d0
388	2026-12-07T01:36:28.599Z	\N	system	report	measurement	103	\N	{"corrects":null,"evidence":null,"id":103,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":19,"unit_id":39,"value":3.2000000000000002}	42c7ce69a7611527b7b66a5c9f55c8643a8c02e4638540bd99c0ef26a4d7f0d0	c28967e40e3b64070a762eec460f29cc32f923c013f4cf01f51c1b16fc71eb67
389	2026-12-07T01:36:28.600Z	\N	system	report	measurement	104	\N	{"corrects":null,"evidence":null,"id":104,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	c28967e40e3b64070a762eec460f29cc32f923c013f4cf01f51c1b16fc71eb67	fddafbf7025ff44713e77c80c11420b2f76fb8e8daf08408175d155fcff81ee3
390	2026-12-07T01:36:28.600Z	\N	system	report	measurement	105	\N	{"corrects":null,"evidence":null,"id":105,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":19,"unit_id":39,"value":3.6000000000000001}	fddafbf7025ff44713e77c80c11420b2f76fb8e8daf08408175d155fcff81ee3	8c9fa016b1a3d42f545ece699a82f2cb532065c8d22a0a877f311a9008d42108
391	2026-12-07T01:36:28.601Z	\N	system	report	measurement	106	\N	{"corrects":null,"evidence":null,"id":106,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":20,"unit_id":39,"value":80.0}	8c9fa016b1a3d42f545ece699a82f2cb532065c8d22a0a877f311a9008d42108	29cd4b748dbab03dab7978b8e0ced4b6872b0490c0deb4c7b82b5b9060173262
392	2026-12-07T01:36:28.601Z	\N	system	report	measurement	107	\N	{"corrects":null,"evidence":null,"id":107,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":19,"unit_id":39,"value":3.8999999999999999}	29cd4b748dbab03dab7978b8e0ced4b6872b0490c0deb4c7b82b5b9060173262	3f7cf74997da81af87ea230bc198fbd255f1b7762818938da12b780d9b7dc2f3
393	2026-12-07T01:36:28.601Z	\N	system	report	measurement	108	\N	{"corrects":null,"evidence":null,"id":108,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":20,"unit_id":39,"value":100.0}	3f7cf74997da81af87ea230bc198fbd255f1b7762818938da12b780d9b7dc2f3	7372438e7f2da886494b6e237d54210b201b9bc5173318f0d66e07cbd9a90fe8
394	2026-12-07T01:36:28.602Z	\N	system	report	measurement	109	\N	{"corrects":null,"evidence":null,"id":109,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":7.0}	7372438e7f2da886494b6e237d54210b201b9bc5173318f0d66e07cbd9a90fe8	3eabbcecf0748d31b9ab4ebdd0f6fbbf1ce2e0152370f9d95a4d6706494fe61d
395	2026-12-07T01:36:28.602Z	\N	system	report	measurement	110	\N	{"corrects":null,"evidence":null,"id":110,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":14.0}	3eabbcecf0748d31b9ab4ebdd0f6fbbf1ce2e0152370f9d95a4d6706494fe61d	8a2a5154032e3599abb314be91f367fce744ede21b937469a1bc9bd7c737173f
396	2026-12-07T01:36:28.603Z	\N	system	report	measurement	111	\N	{"corrects":null,"evidence":null,"id":111,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":22.0}	8a2a5154032e3599abb314be91f367fce744ede21b937469a1bc9bd7c737173f	101979efcf76a77993ea63769a3a6ad0552a76b55e621b21a5b3b01e680bbb67
397	2026-12-07T01:36:28.603Z	\N	system	report	measurement	112	\N	{"corrects":null,"evidence":null,"id":112,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":29.0}	101979efcf76a77993ea63769a3a6ad0552a76b55e621b21a5b3b01e680bbb67	79f48b041ae62a1b80806becd05db57817f24ea529fbbad0a4c082cf35196cdd
398	2026-12-07T01:36:28.604Z	\N	system	report	measurement	113	\N	{"corrects":null,"evidence":null,"id":113,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":37.0}	79f48b041ae62a1b80806becd05db57817f24ea529fbbad0a4c082cf35196cdd	c9a82a8c2cb4053882f61f274455d1b0af22bba4b0e1057789240abb59b0318d
399	2026-12-07T01:36:28.604Z	\N	system	report	measurement	114	\N	{"corrects":null,"evidence":null,"id":114,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":44.0}	c9a82a8c2cb4053882f61f274455d1b0af22bba4b0e1057789240abb59b0318d	eb52d806423bde3d8c9604c771fcae3923c91c3d08d1e48d29af7b2946da30bc
400	2026-12-07T01:36:28.605Z	\N	system	report	measurement	115	\N	{"corrects":null,"evidence":null,"id":115,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":51.0}	eb52d806423bde3d8c9604c771fcae3923c91c3d08d1e48d29af7b2946da30bc	cb039d4d596da688ead866808f6671406e1efa58ec2f38c381063320ab99d74e
401	2026-12-07T01:36:28.605Z	\N	system	report	measurement	116	\N	{"corrects":null,"evidence":null,"id":116,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":58.0}	cb039d4d596da688ead866808f6671406e1efa58ec2f38c381063320ab99d74e	b9245c3f02a80fc82224c20a7f356380c02932a0e69ac948e75aa7a50b25dc39
402	2026-12-07T01:36:28.605Z	\N	system	report	measurement	117	\N	{"corrects":null,"evidence":null,"id":117,"note":"Số liệu sơ bộ","period_no":9,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":65.0}	b9245c3f02a80fc82224c20a7f356380c02932a0e69ac948e75aa7a50b25dc39	882f43d7e9e1fb69ecb1deeed7b926c96b31a68009cf6690d815dbf0c38c4519
403	2026-12-07T01:36:28.606Z	\N	system	report	measurement	118	\N	{"corrects":null,"evidence":null,"id":118,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":73.0}	882f43d7e9e1fb69ecb1deeed7b926c96b31a68009cf6690d815dbf0c38c4519	56fa8d354ab2bb62272f6d9566dffb75a781c36396b69d6bed44a6d77a8a7684
404	2026-12-07T01:36:28.607Z	\N	system	report	measurement	119	\N	{"corrects":null,"evidence":null,"id":119,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":86.0}	56fa8d354ab2bb62272f6d9566dffb75a781c36396b69d6bed44a6d77a8a7684	91664b897be0d9d3b90f2420954d96e879f78ff4cef35a48c1ca589a675262f1
405	2026-12-07T01:36:28.607Z	\N	system	report	measurement	120	\N	{"corrects":null,"evidence":null,"id":120,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":21,"unit_id":46,"value":88.0}	91664b897be0d9d3b90f2420954d96e879f78ff4cef35a48c1ca589a675262f1	574c7cdeec655fd5ad9e659880a9749ca21bd512f2b2f847a8c06ece71f93d40
406	2026-12-07T01:36:28.608Z	\N	system	report	measurement	121	\N	{"corrects":null,"evidence":null,"id":121,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":22,"unit_id":46,"value":3.2000000000000002}	574c7cdeec655fd5ad9e659880a9749ca21bd512f2b2f847a8c06ece71f93d40	57f7d02c27428c46a2120ced4533797950aa44e303dec18330bb27b51d6e4cb8
407	2026-12-07T01:36:28.608Z	\N	system	report	measurement	122	\N	{"corrects":null,"evidence":null,"id":122,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":23,"unit_id":46,"value":60.0}	57f7d02c27428c46a2120ced4533797950aa44e303dec18330bb27b51d6e4cb8	8b3677fbb0a6c6016eae94294caf263b0c62c96ce662f78583230edf5f66b802
408	2026-12-07T01:36:28.609Z	\N	system	report	measurement	123	\N	{"corrects":null,"evidence":null,"id":123,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":22,"unit_id":46,"value":3.5}	8b3677fbb0a6c6016eae94294caf263b0c62c96ce662f78583230edf5f66b802	99bf44a0d93118a7e22780814edfb098c15aab8763eae07e48917ea52637bd99
409	2026-12-07T01:36:28.609Z	\N	system	report	measurement	124	\N	{"corrects":null,"evidence":null,"id":124,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	99bf44a0d93118a7e22780814edfb098c15aab8763eae07e48917ea52637bd99	35db584bebf2169c2239d379dbd876b49079670b63ac12ee06224d8452dfd172
410	2026-12-07T01:36:28.610Z	\N	system	report	measurement	125	\N	{"corrects":null,"evidence":null,"id":125,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":22,"unit_id":46,"value":3.8999999999999999}	35db584bebf2169c2239d379dbd876b49079670b63ac12ee06224d8452dfd172	4f64413eab4bae34c9aa8ca960509553373ea1ae54874a0c979c8071521f3c17
411	2026-12-07T01:36:28.610Z	\N	system	report	measurement	126	\N	{"corrects":null,"evidence":null,"id":126,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	4f64413eab4bae34c9aa8ca960509553373ea1ae54874a0c979c8071521f3c17	188ae7cf1e8a7283585a7220a1a661950069a61029bd93359c783b6f56e7eeaf
412	2026-12-07T01:36:28.611Z	\N	system	report	measurement	127	\N	{"corrects":null,"evidence":null,"id":127,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":22,"unit_id":46,"value":4.0999999999999996}	188ae7cf1e8a7283585a7220a1a661950069a61029bd93359c783b6f56e7eeaf	56803ff6daa00cc06afce4befc21a13eed94f463e640fd703d48a51bba0cc5cb
413	2026-12-07T01:36:28.611Z	\N	system	report	measurement	128	\N	{"corrects":null,"evidence":null,"id":128,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":23,"unit_id":46,"value":80.0}	56803ff6daa00cc06afce4befc21a13eed94f463e640fd703d48a51bba0cc5cb	0c122fa1f15db3317efc141bc10b088ac7b82876e8b66854660e2cbea7547a1c
414	2026-12-07T01:36:28.611Z	\N	system	report	measurement	129	\N	{"corrects":null,"evidence":null,"id":129,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":10.0}	0c122fa1f15db3317efc141bc10b088ac7b82876e8b66854660e2cbea7547a1c	f145bd68269568d63f63f5c3e5f65699481fa7bebea10a1936699afca2215e5e
415	2026-12-07T01:36:28.612Z	\N	system	report	measurement	130	\N	{"corrects":null,"evidence":null,"id":130,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":19.0}	f145bd68269568d63f63f5c3e5f65699481fa7bebea10a1936699afca2215e5e	73ce8b33ac67107c693272a6c22d22618496aa243e0d034343ed73eb7e84dee8
416	2026-12-07T01:36:28.612Z	\N	system	report	measurement	131	\N	{"corrects":null,"evidence":null,"id":131,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":30.0}	73ce8b33ac67107c693272a6c22d22618496aa243e0d034343ed73eb7e84dee8	0cdc020bc6efc904b857417a3af1217109618b63737ac417dbd5cbba6c771037
417	2026-12-07T01:36:28.613Z	\N	system	report	measurement	132	\N	{"corrects":null,"evidence":null,"id":132,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":40.0}	0cdc020bc6efc904b857417a3af1217109618b63737ac417dbd5cbba6c771037	96eb67072a7083b46bb64a9bbbb231154ec6d8453c35752daea4f13c30832098
418	2026-12-07T01:36:28.613Z	\N	system	report	measurement	133	\N	{"corrects":null,"evidence":null,"id":133,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":51.0}	96eb67072a7083b46bb64a9bbbb231154ec6d8453c35752daea4f13c30832098	92acb7a4d09e7b744d54dc927e404b89cb290815912da9d22a2bf52aa0744547
419	2026-12-07T01:36:28.614Z	\N	system	report	measurement	134	\N	{"corrects":null,"evidence":null,"id":134,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":60.0}	92acb7a4d09e7b744d54dc927e404b89cb290815912da9d22a2bf52aa0744547	9a88ee9afba9241c64917c1c01e63598b342077e593e08511f8dc30038308ac0
420	2026-12-07T01:36:28.614Z	\N	system	report	measurement	135	\N	{"corrects":null,"evidence":null,"id":135,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":70.0}	9a88ee9afba9241c64917c1c01e63598b342077e593e08511f8dc30038308ac0	311c84b276b4d1095ad00b469dc71b4dd9d65b0e153dc8e3436a720722f105f7
421	2026-12-07T01:36:28.615Z	\N	system	report	measurement	136	\N	{"corrects":null,"evidence":null,"id":136,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":80.0}	311c84b276b4d1095ad00b469dc71b4dd9d65b0e153dc8e3436a720722f105f7	2f9d7cd9191a2f70879537dbca1036a4878d70098468140698b84a5895df3d79
422	2026-12-07T01:36:28.615Z	\N	system	report	measurement	137	\N	{"corrects":null,"evidence":null,"id":137,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":89.0}	2f9d7cd9191a2f70879537dbca1036a4878d70098468140698b84a5895df3d79	3922d66196fa4dabf36c9219f7f5335e59ed25e7082dc0027a65d9038f49c1be
423	2026-12-07T01:36:28.616Z	\N	system	report	measurement	138	\N	{"corrects":null,"evidence":null,"id":138,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":100.0}	3922d66196fa4dabf36c9219f7f5335e59ed25e7082dc0027a65d9038f49c1be	81bf12232db0c3f18a566299621e4a5006d9306ca1e7b159b05d8c6fe5245c48
424	2026-12-07T01:36:28.616Z	\N	system	report	measurement	139	\N	{"corrects":null,"evidence":null,"id":139,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":118.0}	81bf12232db0c3f18a566299621e4a5006d9306ca1e7b159b05d8c6fe5245c48	2c568ff8b92dd7a23ef22aa7a7884fdea22cc3d50e5902773aed1e336cbb6bde
425	2026-12-07T01:36:28.617Z	\N	system	report	measurement	140	\N	{"corrects":null,"evidence":null,"id":140,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":24,"unit_id":53,"value":121.0}	2c568ff8b92dd7a23ef22aa7a7884fdea22cc3d50e5902773aed1e336cbb6bde	0b93d702d30ae8db4d622a021afcbe7c3447f709a8f7c8a35797dab08e388059
426	2026-12-07T01:36:28.617Z	\N	system	report	measurement	141	\N	{"corrects":null,"evidence":null,"id":141,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":25,"unit_id":53,"value":1.3999999999999999}	0b93d702d30ae8db4d622a021afcbe7c3447f709a8f7c8a35797dab08e388059	674917e2d13afa8f44d01cc24f7fb3e9021cde9c1abb3e9bad30825339f4e5f9
427	2026-12-07T01:36:28.618Z	\N	system	report	measurement	142	\N	{"corrects":null,"evidence":null,"id":142,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	674917e2d13afa8f44d01cc24f7fb3e9021cde9c1abb3e9bad30825339f4e5f9	005d41ff7ee68e4e55ab01c3a1a6b3ad77fa627ae6b43058d6ddca3f3449cc01
428	2026-12-07T01:36:28.618Z	\N	system	report	measurement	143	\N	{"corrects":null,"evidence":null,"id":143,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":25,"unit_id":53,"value":1.7}	005d41ff7ee68e4e55ab01c3a1a6b3ad77fa627ae6b43058d6ddca3f3449cc01	3dc00d6b8fcf05d5c1c2c8f854892620091c0aca2622b9683322213baa06a758
429	2026-12-07T01:36:28.619Z	\N	system	report	measurement	144	\N	{"corrects":null,"evidence":null,"id":144,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	3dc00d6b8fcf05d5c1c2c8f854892620091c0aca2622b9683322213baa06a758	986794141b150fff2dd016b42dc92a667579e0eb27d7e2534c8332ef683de9a1
430	2026-12-07T01:36:28.619Z	\N	system	report	measurement	145	\N	{"corrects":null,"evidence":null,"id":145,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":25,"unit_id":53,"value":2.0}	986794141b150fff2dd016b42dc92a667579e0eb27d7e2534c8332ef683de9a1	8729d41f9b022d19298ae51787008292561427035a988ed0553167aea00ffbea
431	2026-12-07T01:36:28.620Z	\N	system	report	measurement	146	\N	{"corrects":null,"evidence":null,"id":146,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	8729d41f9b022d19298ae51787008292561427035a988ed0553167aea00ffbea	0d3e6faefaa16fb8b513104ac6593469fc35996a21f070f8c2ee2f6292b51700
432	2026-12-07T01:36:28.620Z	\N	system	report	measurement	147	\N	{"corrects":null,"evidence":null,"id":147,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":25,"unit_id":53,"value":2.2000000000000002}	0d3e6faefaa16fb8b513104ac6593469fc35996a21f070f8c2ee2f6292b51700	1542346e72e52a85a8d85374f50a21d9f520a4d2daf852c8c227eb6251d6e679
433	2026-12-07T01:36:28.620Z	\N	system	report	measurement	148	\N	{"corrects":null,"evidence":null,"id":148,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":26,"unit_id":53,"value":80.0}	1542346e72e52a85a8d85374f50a21d9f520a4d2daf852c8c227eb6251d6e679	02b60db4c30e533332c2c0ade6282ece1e7b89a612e16943e52a7e0d61162e78
434	2026-12-07T01:36:28.621Z	\N	system	report	measurement	149	\N	{"corrects":null,"evidence":null,"id":149,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":8.0}	02b60db4c30e533332c2c0ade6282ece1e7b89a612e16943e52a7e0d61162e78	425f25dd377d6f5b6637d76aa5c58c562c73f066197ab2f7b733f1669146882f
435	2026-12-07T01:36:28.621Z	\N	system	report	measurement	150	\N	{"corrects":null,"evidence":null,"id":150,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":15.0}	425f25dd377d6f5b6637d76aa5c58c562c73f066197ab2f7b733f1669146882f	f795cb60c713f5e3bd229f6a24273c23b2cdc638631037b91e52425190299454
436	2026-12-07T01:36:28.622Z	\N	system	report	measurement	151	\N	{"corrects":null,"evidence":null,"id":151,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":24.0}	f795cb60c713f5e3bd229f6a24273c23b2cdc638631037b91e52425190299454	37ce00264d78c67f5351273a39060d5638f906fd707d9fe2b5d770dc3335c01d
437	2026-12-07T01:36:28.622Z	\N	system	report	measurement	152	\N	{"corrects":null,"evidence":null,"id":152,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":32.0}	37ce00264d78c67f5351273a39060d5638f906fd707d9fe2b5d770dc3335c01d	5dcab49f2efc55be616fbddccd642f9a442ae0dd7666cd389df655c9345d0257
438	2026-12-07T01:36:28.623Z	\N	system	report	measurement	153	\N	{"corrects":null,"evidence":null,"id":153,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":40.0}	5dcab49f2efc55be616fbddccd642f9a442ae0dd7666cd389df655c9345d0257	a9fde50d6cb8c889b683dfa895c8678af92f6bd6afa49149627f7aa050d949ef
439	2026-12-07T01:36:28.624Z	\N	system	report	measurement	154	\N	{"corrects":null,"evidence":null,"id":154,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":48.0}	a9fde50d6cb8c889b683dfa895c8678af92f6bd6afa49149627f7aa050d949ef	aa53d5f368f7400ea3cbca6039bc5d09a56a7f4059fd040c8b01c3e024af929a
440	2026-12-07T01:36:28.624Z	\N	system	report	measurement	155	\N	{"corrects":null,"evidence":null,"id":155,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":56.0}	aa53d5f368f7400ea3cbca6039bc5d09a56a7f4059fd040c8b01c3e024af929a	255d108ab017001e960d26eebda2e7e1ae44e522d24792ed4ec0dca4fe2fc1a3
441	2026-12-07T01:36:28.625Z	\N	system	report	measurement	156	\N	{"corrects":null,"evidence":null,"id":156,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":63.0}	255d108ab017001e960d26eebda2e7e1ae44e522d24792ed4ec0dca4fe2fc1a3	3fdd4cad317299a82959b41b6ad2e224e1e4f793e779edde7ded2309db408a19
442	2026-12-07T01:36:28.626Z	\N	system	report	measurement	157	\N	{"corrects":null,"evidence":null,"id":157,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":71.0}	3fdd4cad317299a82959b41b6ad2e224e1e4f793e779edde7ded2309db408a19	9d2dc2d6afbf65166a42a2703e2564727773b00493e73789c3bc3d6577befdc5
443	2026-12-07T01:36:28.626Z	\N	system	report	measurement	158	\N	{"corrects":null,"evidence":null,"id":158,"note":"Số liệu sơ bộ","period_no":10,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":80.0}	9d2dc2d6afbf65166a42a2703e2564727773b00493e73789c3bc3d6577befdc5	b27a2de60bb991bdddd21cba163c1d2823b2403c2be8a3938305992a0dd3d425
444	2026-12-07T01:36:28.627Z	\N	system	report	measurement	159	\N	{"corrects":null,"evidence":null,"id":159,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":94.0}	b27a2de60bb991bdddd21cba163c1d2823b2403c2be8a3938305992a0dd3d425	5e97b0fcc0b87c24b47c37ba45fa091e2e713b5531031492103b7fd8d05c45d5
445	2026-12-07T01:36:28.628Z	\N	system	report	measurement	160	\N	{"corrects":null,"evidence":null,"id":160,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":27,"unit_id":60,"value":96.0}	5e97b0fcc0b87c24b47c37ba45fa091e2e713b5531031492103b7fd8d05c45d5	ef8de523fd9c8867c1f9c97d6f74fd809d3922ccc1247ce52c3b145012f6bc51
446	2026-12-07T01:36:28.628Z	\N	system	report	measurement	161	\N	{"corrects":null,"evidence":null,"id":161,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":28,"unit_id":60,"value":3.7999999999999998}	ef8de523fd9c8867c1f9c97d6f74fd809d3922ccc1247ce52c3b145012f6bc51	b1d52d23ad331ab5ae052094c54c554a38b39393bb5e8b69a1b7daff428f7a3f
447	2026-12-07T01:36:28.629Z	\N	system	report	measurement	162	\N	{"corrects":null,"evidence":null,"id":162,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":29,"unit_id":60,"value":80.0}	b1d52d23ad331ab5ae052094c54c554a38b39393bb5e8b69a1b7daff428f7a3f	b1c94b14459704cbedd2ea8d7ee7a5a1204c7a15cbe9309006b9e1b225fccb3f
448	2026-12-07T01:36:28.629Z	\N	system	report	measurement	163	\N	{"corrects":null,"evidence":null,"id":163,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":28,"unit_id":60,"value":4.2000000000000002}	b1c94b14459704cbedd2ea8d7ee7a5a1204c7a15cbe9309006b9e1b225fccb3f	4f012f194688b0ecd8292441d9d6cc4bcb86bad39209a906c0c6f7ad34f268a2
449	2026-12-07T01:36:28.629Z	\N	system	report	measurement	164	\N	{"corrects":null,"evidence":null,"id":164,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	4f012f194688b0ecd8292441d9d6cc4bcb86bad39209a906c0c6f7ad34f268a2	0b2b66d143c7e90a2993f884eda61813bf8c1e7bd58482746647e0ffeb00f7f2
450	2026-12-07T01:36:28.630Z	\N	system	report	measurement	165	\N	{"corrects":null,"evidence":null,"id":165,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":28,"unit_id":60,"value":4.5999999999999996}	0b2b66d143c7e90a2993f884eda61813bf8c1e7bd58482746647e0ffeb00f7f2	6c8e64ce1f9601ba1a0eabdb2104a5c47c84a98420aca7c17ed1748d971fa525
451	2026-12-07T01:36:28.630Z	\N	system	report	measurement	166	\N	{"corrects":null,"evidence":null,"id":166,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	6c8e64ce1f9601ba1a0eabdb2104a5c47c84a98420aca7c17ed1748d971fa525	d5f82cbb0a4dd05610f2b5e1c577739ee156ca917c8fcfb6e0ceeaeb933dfa4d
452	2026-12-07T01:36:28.631Z	\N	system	report	measurement	167	\N	{"corrects":null,"evidence":null,"id":167,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":28,"unit_id":60,"value":4.9000000000000004}	d5f82cbb0a4dd05610f2b5e1c577739ee156ca917c8fcfb6e0ceeaeb933dfa4d	f1e20cf0fedebc2fa0320a698c1e9aabab733248590a7113cd709f335119184d
453	2026-12-07T01:36:28.631Z	\N	system	report	measurement	168	\N	{"corrects":null,"evidence":null,"id":168,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":29,"unit_id":60,"value":100.0}	f1e20cf0fedebc2fa0320a698c1e9aabab733248590a7113cd709f335119184d	a6eeb173d0da45ac3021a76ca932b048751a8e3a5011b2a7cca292b5348b6d99
454	2026-12-07T01:36:28.632Z	\N	system	report	measurement	169	\N	{"corrects":null,"evidence":null,"id":169,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":8.0}	a6eeb173d0da45ac3021a76ca932b048751a8e3a5011b2a7cca292b5348b6d99	9a1e8e2ddb51270e3258dd40a4bed2c3417db7e3365f1e932e7186eb3b183ff2
455	2026-12-07T01:36:28.632Z	\N	system	report	measurement	170	\N	{"corrects":null,"evidence":null,"id":170,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":17.0}	9a1e8e2ddb51270e3258dd40a4bed2c3417db7e3365f1e932e7186eb3b183ff2	8af7fcead6dc93452924b348fd61e6e4643fe5d6627ae1e599854d76e898bd54
456	2026-12-07T01:36:28.633Z	\N	system	report	measurement	171	\N	{"corrects":null,"evidence":null,"id":171,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":26.0}	8af7fcead6dc93452924b348fd61e6e4643fe5d6627ae1e599854d76e898bd54	04a0ace210037bedd627fdf4488bc441f3097b6745f518cb96374f8abdf96cdf
457	2026-12-07T01:36:28.633Z	\N	system	report	measurement	172	\N	{"corrects":null,"evidence":null,"id":172,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":34.0}	04a0ace210037bedd627fdf4488bc441f3097b6745f518cb96374f8abdf96cdf	7d0a98a132e5930a7978354ab1bb05abc6bd943ac49bd07f6e30eaa7b6048e38
458	2026-12-07T01:36:28.634Z	\N	system	report	measurement	173	\N	{"corrects":null,"evidence":null,"id":173,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":44.0}	7d0a98a132e5930a7978354ab1bb05abc6bd943ac49bd07f6e30eaa7b6048e38	fb1e46ea7150e2c5be05df80ecfcdd98c6367961793941e8dc3a73a9282624a7
459	2026-12-07T01:36:28.634Z	\N	system	report	measurement	174	\N	{"corrects":null,"evidence":null,"id":174,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":52.0}	fb1e46ea7150e2c5be05df80ecfcdd98c6367961793941e8dc3a73a9282624a7	98f30970f15497fd3446909c0168653c6808541665d6db50f9c68d92d020284b
460	2026-12-07T01:36:28.635Z	\N	system	report	measurement	175	\N	{"corrects":null,"evidence":null,"id":175,"note":"Số liệu sơ bộ","period_no":7,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":60.0}	98f30970f15497fd3446909c0168653c6808541665d6db50f9c68d92d020284b	78755584b5052516a66b26d544509341457436837e6df0e8d70bd1216498dd26
461	2026-12-07T01:36:28.635Z	\N	system	report	measurement	176	\N	{"corrects":null,"evidence":null,"id":176,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":69.0}	78755584b5052516a66b26d544509341457436837e6df0e8d70bd1216498dd26	41903ed0c4604bd2f2af6fe9ce16ee0da2a09b0980dbdc61128f17fbe09283e5
462	2026-12-07T01:36:28.636Z	\N	system	report	measurement	177	\N	{"corrects":null,"evidence":null,"id":177,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":77.0}	41903ed0c4604bd2f2af6fe9ce16ee0da2a09b0980dbdc61128f17fbe09283e5	db9bc5a63c1b9d660a0a36b2d128b64bf31d72e3b081c657a9ba785ca3424e33
463	2026-12-07T01:36:28.637Z	\N	system	report	measurement	178	\N	{"corrects":null,"evidence":null,"id":178,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":86.0}	db9bc5a63c1b9d660a0a36b2d128b64bf31d72e3b081c657a9ba785ca3424e33	72e024a90bfe7e439205766dbc38ba90c2c270364d8205543aabf625b8def9a9
464	2026-12-07T01:36:28.637Z	\N	system	report	measurement	179	\N	{"corrects":null,"evidence":null,"id":179,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":102.0}	72e024a90bfe7e439205766dbc38ba90c2c270364d8205543aabf625b8def9a9	17db99980dc961bc070e142a64c441d66a7d48ac8e8add2b7ab0cc93da9f515b
465	2026-12-07T01:36:28.638Z	\N	system	report	measurement	180	\N	{"corrects":null,"evidence":null,"id":180,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":30,"unit_id":67,"value":104.0}	17db99980dc961bc070e142a64c441d66a7d48ac8e8add2b7ab0cc93da9f515b	5aab4eb399c1453dde2454fd91fb674fc386ca39f0641d55f892461722c17695
466	2026-12-07T01:36:28.638Z	\N	system	report	measurement	181	\N	{"corrects":null,"evidence":null,"id":181,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":31,"unit_id":67,"value":3.2999999999999998}	5aab4eb399c1453dde2454fd91fb674fc386ca39f0641d55f892461722c17695	1420bfea317d8163130fc07da07d90c27bbb97244f6305ff3cebe0c9268f6f0a
467	2026-12-07T01:36:28.638Z	\N	system	report	measurement	182	\N	{"corrects":null,"evidence":null,"id":182,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	1420bfea317d8163130fc07da07d90c27bbb97244f6305ff3cebe0c9268f6f0a	ada5387b5574a6371156e7073303ab2641b8ed673e24347b67ff9b8f362174a3
468	2026-12-07T01:36:28.639Z	\N	system	report	measurement	183	\N	{"corrects":null,"evidence":null,"id":183,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":31,"unit_id":67,"value":3.7000000000000002}	ada5387b5574a6371156e7073303ab2641b8ed673e24347b67ff9b8f362174a3	d50df05c1a8f07eb90fb10ecb01ebd81000cda37640a68fc2dc565f705237d47
469	2026-12-07T01:36:28.639Z	\N	system	report	measurement	184	\N	{"corrects":null,"evidence":null,"id":184,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":32,"unit_id":67,"value":80.0}	d50df05c1a8f07eb90fb10ecb01ebd81000cda37640a68fc2dc565f705237d47	6769ad1c05c304bfd44759e20e8ac8d3c657eea40e4d11c740dd5ba7148b422f
470	2026-12-07T01:36:28.640Z	\N	system	report	measurement	185	\N	{"corrects":null,"evidence":null,"id":185,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":31,"unit_id":67,"value":4.0999999999999996}	6769ad1c05c304bfd44759e20e8ac8d3c657eea40e4d11c740dd5ba7148b422f	ba738d33fac66f5030fc35783b806c06ab7bce4921224ae02237cc1d69321810
471	2026-12-07T01:36:28.641Z	\N	system	report	measurement	186	\N	{"corrects":null,"evidence":null,"id":186,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	ba738d33fac66f5030fc35783b806c06ab7bce4921224ae02237cc1d69321810	571584c8b825784a87a0fbbc52df9fbd1adbf11113836c232dcee889ddf6f72f
472	2026-12-07T01:36:28.641Z	\N	system	report	measurement	187	\N	{"corrects":null,"evidence":null,"id":187,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":31,"unit_id":67,"value":4.4000000000000004}	571584c8b825784a87a0fbbc52df9fbd1adbf11113836c232dcee889ddf6f72f	60a836ff83d8c68b88d82269488142e2b0a90a9dbf0df61bf8894ad0294671b0
473	2026-12-07T01:36:28.642Z	\N	system	report	measurement	188	\N	{"corrects":null,"evidence":null,"id":188,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":32,"unit_id":67,"value":100.0}	60a836ff83d8c68b88d82269488142e2b0a90a9dbf0df61bf8894ad0294671b0	4e8c8775e0575f3f2c892b25cc80e1c306aa873a2c92e123c77a96581eb1c91d
474	2026-12-07T01:36:28.642Z	\N	system	report	measurement	189	\N	{"corrects":null,"evidence":null,"id":189,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":20.0}	4e8c8775e0575f3f2c892b25cc80e1c306aa873a2c92e123c77a96581eb1c91d	f59ada00905f7da5b4debe3a0a921d6bf83c405a1cdc140c1b133ed705a82a64
475	2026-12-07T01:36:28.643Z	\N	system	report	measurement	190	\N	{"corrects":null,"evidence":null,"id":190,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":41.0}	f59ada00905f7da5b4debe3a0a921d6bf83c405a1cdc140c1b133ed705a82a64	1babadb6b4f369bd15c316abad533ae3e87f36d8efecee19919e706f4e16a3be
476	2026-12-07T01:36:28.643Z	\N	system	report	measurement	191	\N	{"corrects":null,"evidence":null,"id":191,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":63.0}	1babadb6b4f369bd15c316abad533ae3e87f36d8efecee19919e706f4e16a3be	e80820eb0ab64a17536b2476791e7993311b545f34160e73b00c4ba765f4cba7
477	2026-12-07T01:36:28.644Z	\N	system	report	measurement	192	\N	{"corrects":null,"evidence":null,"id":192,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":84.0}	e80820eb0ab64a17536b2476791e7993311b545f34160e73b00c4ba765f4cba7	7832cea6d3620e9ce25c60b79030985f6277301b5377edfa3e05dabc1c9fd302
478	2026-12-07T01:36:28.645Z	\N	system	report	measurement	193	\N	{"corrects":null,"evidence":null,"id":193,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":107.0}	7832cea6d3620e9ce25c60b79030985f6277301b5377edfa3e05dabc1c9fd302	da762507e4e64fd36ae8061399a750433cbde1c9120fa4e596e53bdc8de74f17
479	2026-12-07T01:36:28.645Z	\N	system	report	measurement	194	\N	{"corrects":null,"evidence":null,"id":194,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":127.0}	da762507e4e64fd36ae8061399a750433cbde1c9120fa4e596e53bdc8de74f17	a88f4fcd9c5930ca667bb9079d7cfe5c3a7defd6ca3d4d37f2c10a227339f241
480	2026-12-07T01:36:28.646Z	\N	system	report	measurement	195	\N	{"corrects":null,"evidence":null,"id":195,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":147.0}	a88f4fcd9c5930ca667bb9079d7cfe5c3a7defd6ca3d4d37f2c10a227339f241	b967e263e60bcb3660cd5b12bf578e2993c04507bf39653988e0cdb12276a9fe
481	2026-12-07T01:36:28.646Z	\N	system	report	measurement	196	\N	{"corrects":null,"evidence":null,"id":196,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":167.0}	b967e263e60bcb3660cd5b12bf578e2993c04507bf39653988e0cdb12276a9fe	0ad32691eb028123f8631ef7bc7afdcb1c94e13613892b0a6d9ec01c43fd4a8c
482	2026-12-07T01:36:28.647Z	\N	system	report	measurement	197	\N	{"corrects":null,"evidence":null,"id":197,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":188.0}	0ad32691eb028123f8631ef7bc7afdcb1c94e13613892b0a6d9ec01c43fd4a8c	6ede0d50b881a49b8ef374a141a2ab7a423452d41ea2388aeb3a6fb93479f839
483	2026-12-07T01:36:28.648Z	\N	system	report	measurement	198	\N	{"corrects":null,"evidence":null,"id":198,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":211.0}	6ede0d50b881a49b8ef374a141a2ab7a423452d41ea2388aeb3a6fb93479f839	8fb9ad3f22e8864cc9298ac083418a6a8aa06ac383c037d2ed9b7691acac86f0
484	2026-12-07T01:36:28.648Z	\N	system	report	measurement	199	\N	{"corrects":null,"evidence":null,"id":199,"note":"Số liệu sơ bộ","period_no":11,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":249.0}	8fb9ad3f22e8864cc9298ac083418a6a8aa06ac383c037d2ed9b7691acac86f0	dc5df7c8eaaeceda723d3999004516683807b44b5f3a7149d69dfbe689e53bf2
485	2026-12-07T01:36:28.649Z	\N	system	report	measurement	200	\N	{"corrects":null,"evidence":null,"id":200,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":33,"unit_id":74,"value":254.0}	dc5df7c8eaaeceda723d3999004516683807b44b5f3a7149d69dfbe689e53bf2	a9eaf31c9547baff034c0eb59e3c7c1241c60566b5ed53ef8ac2d1991aa28953
486	2026-12-07T01:36:28.649Z	\N	system	report	measurement	201	\N	{"corrects":null,"evidence":null,"id":201,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":34,"unit_id":74,"value":2.8999999999999999}	a9eaf31c9547baff034c0eb59e3c7c1241c60566b5ed53ef8ac2d1991aa28953	277d36bd35dd904f37ad58f8ad49ea466783635a747a76f7a43e78ac864d0a66
487	2026-12-07T01:36:28.649Z	\N	system	report	measurement	202	\N	{"corrects":null,"evidence":null,"id":202,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	277d36bd35dd904f37ad58f8ad49ea466783635a747a76f7a43e78ac864d0a66	1822dcb86dd46405a2a4cb8eedf15dbb91ca5b7251edd7b3c91a3db641b47d6b
488	2026-12-07T01:36:28.650Z	\N	system	report	measurement	203	\N	{"corrects":null,"evidence":null,"id":203,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":34,"unit_id":74,"value":3.3999999999999999}	1822dcb86dd46405a2a4cb8eedf15dbb91ca5b7251edd7b3c91a3db641b47d6b	01bf9736dc5c75141380bbcd66cb101dd357fed74d817995b1e3e7cf94bf96d5
489	2026-12-07T01:36:28.651Z	\N	system	report	measurement	204	\N	{"corrects":null,"evidence":null,"id":204,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	01bf9736dc5c75141380bbcd66cb101dd357fed74d817995b1e3e7cf94bf96d5	58e5bd5140904b728e02884af6871db6a8a28a4a3899809e2640be0f5039d623
490	2026-12-07T01:36:28.652Z	\N	system	report	measurement	205	\N	{"corrects":null,"evidence":null,"id":205,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":34,"unit_id":74,"value":3.7999999999999998}	58e5bd5140904b728e02884af6871db6a8a28a4a3899809e2640be0f5039d623	3eb1f8625d53b5d3c7f503e5ddb80cb275ab9fc6ebce9ee190f5cc8aa416fa70
491	2026-12-07T01:36:28.652Z	\N	system	report	measurement	206	\N	{"corrects":null,"evidence":null,"id":206,"note":"Số liệu sơ bộ","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":35,"unit_id":74,"value":80.0}	3eb1f8625d53b5d3c7f503e5ddb80cb275ab9fc6ebce9ee190f5cc8aa416fa70	e553afcdf7339bed798bada673165593dd88dda9bbdf1ef2d86a1717224643b5
492	2026-12-07T01:36:28.653Z	\N	system	report	measurement	207	\N	{"corrects":null,"evidence":null,"id":207,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":34,"unit_id":74,"value":4.2000000000000002}	e553afcdf7339bed798bada673165593dd88dda9bbdf1ef2d86a1717224643b5	f553eae0666ed3e1884620991fb6817391ec58f4cb5cd888ae1ae0f43f5da4c4
493	2026-12-07T01:36:28.653Z	\N	system	report	measurement	208	\N	{"corrects":null,"evidence":null,"id":208,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":35,"unit_id":74,"value":100.0}	f553eae0666ed3e1884620991fb6817391ec58f4cb5cd888ae1ae0f43f5da4c4	722b7db9d70600776ddb227328e6e104f5b94c4ce8990a1e77f01737d8c86f00
494	2026-12-07T01:36:28.654Z	\N	system	report	measurement	209	\N	{"corrects":null,"evidence":null,"id":209,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":9.0}	722b7db9d70600776ddb227328e6e104f5b94c4ce8990a1e77f01737d8c86f00	077f9b206c03a24eb714c2b8c0b9a4a59ec62ea90196b9424026395d2009dc53
495	2026-12-07T01:36:28.654Z	\N	system	report	measurement	210	\N	{"corrects":null,"evidence":null,"id":210,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":17.0}	077f9b206c03a24eb714c2b8c0b9a4a59ec62ea90196b9424026395d2009dc53	a34519a1de0d941f6e9fc2944e046c2139062daac7c0af98f3695b5dca3c7556
496	2026-12-07T01:36:28.655Z	\N	system	report	measurement	211	\N	{"corrects":null,"evidence":null,"id":211,"note":"Đã điều chỉnh theo báo cáo quý","period_no":3,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":27.0}	a34519a1de0d941f6e9fc2944e046c2139062daac7c0af98f3695b5dca3c7556	cfa5149e86706cee1b080295188fae47d7703354e1058b807ba9ef5da50e809e
497	2026-12-07T01:36:28.655Z	\N	system	report	measurement	212	\N	{"corrects":null,"evidence":null,"id":212,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":36.0}	cfa5149e86706cee1b080295188fae47d7703354e1058b807ba9ef5da50e809e	fdf8723b70e308fe9c03115419911012351f87a513581d69ca51dc9c4978fb49
498	2026-12-07T01:36:28.656Z	\N	system	report	measurement	213	\N	{"corrects":null,"evidence":null,"id":213,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":46.0}	fdf8723b70e308fe9c03115419911012351f87a513581d69ca51dc9c4978fb49	9505db5aeaf45c635cdf55cdf43dfc8a22d930d2fbec96ac9d5cb26588b4ed3b
499	2026-12-07T01:36:28.656Z	\N	system	report	measurement	214	\N	{"corrects":null,"evidence":null,"id":214,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":55.0}	9505db5aeaf45c635cdf55cdf43dfc8a22d930d2fbec96ac9d5cb26588b4ed3b	2c4e774050ec7b0e44c8dc670d063b236302f52ddcbe356654a870c149fb81af
500	2026-12-07T01:36:28.657Z	\N	system	report	measurement	215	\N	{"corrects":null,"evidence":null,"id":215,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":63.0}	2c4e774050ec7b0e44c8dc670d063b236302f52ddcbe356654a870c149fb81af	df43e8ca87f03ac733298c6d4045577bff65bd0bbd88f845a6764b2d9420d390
501	2026-12-07T01:36:28.657Z	\N	system	report	measurement	216	\N	{"corrects":null,"evidence":null,"id":216,"note":"Số liệu sơ bộ","period_no":8,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":72.0}	df43e8ca87f03ac733298c6d4045577bff65bd0bbd88f845a6764b2d9420d390	5a5df6f9d04a69dfed7048b939e3274077ea325041749c205fa3d51168940eb4
502	2026-12-07T01:36:28.658Z	\N	system	report	measurement	217	\N	{"corrects":null,"evidence":null,"id":217,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":81.0}	5a5df6f9d04a69dfed7048b939e3274077ea325041749c205fa3d51168940eb4	5110e50b01b4eb40668a51294e325a195a49b13cc4cd27613a2907781dc6026a
503	2026-12-07T01:36:28.658Z	\N	system	report	measurement	218	\N	{"corrects":null,"evidence":null,"id":218,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":91.0}	5110e50b01b4eb40668a51294e325a195a49b13cc4cd27613a2907781dc6026a	d30f9fefc41438486f62b7acd77b90ffac42f4c0e854c773bc9a44dd2ae60a00
504	2026-12-07T01:36:28.659Z	\N	system	report	measurement	219	\N	{"corrects":null,"evidence":null,"id":219,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":107.0}	d30f9fefc41438486f62b7acd77b90ffac42f4c0e854c773bc9a44dd2ae60a00	cb36329a11e7bc0a9ab883e2ac38d0a19f3eb6b6973ffdff20e768a0ff36d57b
505	2026-12-07T01:36:28.659Z	\N	system	report	measurement	220	\N	{"corrects":null,"evidence":null,"id":220,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":36,"unit_id":81,"value":109.0}	cb36329a11e7bc0a9ab883e2ac38d0a19f3eb6b6973ffdff20e768a0ff36d57b	bc79c7febda90e1d520de9345447d40cc7789ed25940807cbff99dfa776096f4
506	2026-12-07T01:36:28.660Z	\N	system	report	measurement	221	\N	{"corrects":null,"evidence":null,"id":221,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":37,"unit_id":81,"value":3.0}	bc79c7febda90e1d520de9345447d40cc7789ed25940807cbff99dfa776096f4	7f56a07d21620f129fd216bc5c802c6e1cf7be331e8a60272a5b3bddda5a3044
507	2026-12-07T01:36:28.660Z	\N	system	report	measurement	222	\N	{"corrects":null,"evidence":null,"id":222,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":38,"unit_id":81,"value":60.0}	7f56a07d21620f129fd216bc5c802c6e1cf7be331e8a60272a5b3bddda5a3044	c8ed4de92ec7175ccad80f526788d0797bc4a12cdb5d854abf3790df4fc29e00
508	2026-12-07T01:36:28.661Z	\N	system	report	measurement	223	\N	{"corrects":null,"evidence":null,"id":223,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":37,"unit_id":81,"value":3.5}	c8ed4de92ec7175ccad80f526788d0797bc4a12cdb5d854abf3790df4fc29e00	6caeb0d92c31577ebe147db5262e1be01f3ba6c9f6303b8a4f29e4844e2af512
509	2026-12-07T01:36:28.661Z	\N	system	report	measurement	224	\N	{"corrects":null,"evidence":null,"id":224,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	6caeb0d92c31577ebe147db5262e1be01f3ba6c9f6303b8a4f29e4844e2af512	3c76eca19191f86b96a4c8be19d5030576b03af527fadcb59ab690934c833847
510	2026-12-07T01:36:28.662Z	\N	system	report	measurement	225	\N	{"corrects":null,"evidence":null,"id":225,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":37,"unit_id":81,"value":3.7999999999999998}	3c76eca19191f86b96a4c8be19d5030576b03af527fadcb59ab690934c833847	25ae74a685b16d0c2d52cd70fc213b5cdaec1e5a640acd1bc7e0c40a77ba05b9
511	2026-12-07T01:36:28.662Z	\N	system	report	measurement	226	\N	{"corrects":null,"evidence":null,"id":226,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	25ae74a685b16d0c2d52cd70fc213b5cdaec1e5a640acd1bc7e0c40a77ba05b9	7863b1699f3d80856029219aa65fd9d4455ae4c3b98b70b04b59510db6e49e75
512	2026-12-07T01:36:28.663Z	\N	system	report	measurement	227	\N	{"corrects":null,"evidence":null,"id":227,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":37,"unit_id":81,"value":4.0}	7863b1699f3d80856029219aa65fd9d4455ae4c3b98b70b04b59510db6e49e75	9292c8c085d89675225ef98648ab172ad5d4e759b19c5437f07503dce9e46f99
513	2026-12-07T01:36:28.663Z	\N	system	report	measurement	228	\N	{"corrects":null,"evidence":null,"id":228,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":38,"unit_id":81,"value":80.0}	9292c8c085d89675225ef98648ab172ad5d4e759b19c5437f07503dce9e46f99	be679922206dab955e9203d600ce0a74b392ba99249f67ad9b82c796e94ffbfc
514	2026-12-07T01:36:28.664Z	\N	system	report	measurement	229	\N	{"corrects":null,"evidence":null,"id":229,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":16.0}	be679922206dab955e9203d600ce0a74b392ba99249f67ad9b82c796e94ffbfc	3230aeeb0237b62640c51b23219aad9c505e702c3ba61d9a97addc081adcb6de
515	2026-12-07T01:36:28.664Z	\N	system	report	measurement	230	\N	{"corrects":null,"evidence":null,"id":230,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":32.0}	3230aeeb0237b62640c51b23219aad9c505e702c3ba61d9a97addc081adcb6de	6592da1aa81f44bc857ff6a46cf4b2311f40aa4ba781296a478476d0b3025fbf
516	2026-12-07T01:36:28.664Z	\N	system	report	measurement	231	\N	{"corrects":null,"evidence":null,"id":231,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":50.0}	6592da1aa81f44bc857ff6a46cf4b2311f40aa4ba781296a478476d0b3025fbf	38a885b6a6d48a5d48c761dbe08fcb210cb571857b4d015b202ad4b74a0b09e2
517	2026-12-07T01:36:28.665Z	\N	system	report	measurement	232	\N	{"corrects":null,"evidence":null,"id":232,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":67.0}	38a885b6a6d48a5d48c761dbe08fcb210cb571857b4d015b202ad4b74a0b09e2	7830bbb8b8deb0b66944ac04445499ede6485f9cd31d1a5f3540dfb846bc30ac
518	2026-12-07T01:36:28.666Z	\N	system	report	measurement	233	\N	{"corrects":null,"evidence":null,"id":233,"note":"Số liệu sơ bộ","period_no":5,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":85.0}	7830bbb8b8deb0b66944ac04445499ede6485f9cd31d1a5f3540dfb846bc30ac	13bf41002e7b311b6929c5833b29277303082c27d177ee2a99098fe650171dcc
519	2026-12-07T01:36:28.666Z	\N	system	report	measurement	234	\N	{"corrects":null,"evidence":null,"id":234,"note":"Đã điều chỉnh theo báo cáo quý","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":101.0}	13bf41002e7b311b6929c5833b29277303082c27d177ee2a99098fe650171dcc	d5d0b73bc219de65d10c23176618100c9fcc160491988733b8978075154fa8ae
520	2026-12-07T01:36:28.667Z	\N	system	report	measurement	235	\N	{"corrects":null,"evidence":null,"id":235,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":117.0}	d5d0b73bc219de65d10c23176618100c9fcc160491988733b8978075154fa8ae	208bbd2b2c195d104294032f2a4ab71a3c1a88651cae2079840f81ca9c81bb87
521	2026-12-07T01:36:28.667Z	\N	system	report	measurement	236	\N	{"corrects":null,"evidence":null,"id":236,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":133.0}	208bbd2b2c195d104294032f2a4ab71a3c1a88651cae2079840f81ca9c81bb87	b7e8c64a1bf0a7eb3d5c75fdd2dfb4a9cd9b159b62ed983b65f4c3c509545f4f
522	2026-12-07T01:36:28.668Z	\N	system	report	measurement	237	\N	{"corrects":null,"evidence":null,"id":237,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":149.0}	b7e8c64a1bf0a7eb3d5c75fdd2dfb4a9cd9b159b62ed983b65f4c3c509545f4f	b17b931520ddca1b65271da83d4b02fc49260e31a16ca095b8aa3e8216583e0f
523	2026-12-07T01:36:28.668Z	\N	system	report	measurement	238	\N	{"corrects":null,"evidence":null,"id":238,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":167.0}	b17b931520ddca1b65271da83d4b02fc49260e31a16ca095b8aa3e8216583e0f	eaabe63402453e8c295644e8b1e39f25bfd983afa869c5d572d41f23dacd3892
524	2026-12-07T01:36:28.669Z	\N	system	report	measurement	239	\N	{"corrects":null,"evidence":null,"id":239,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":198.0}	eaabe63402453e8c295644e8b1e39f25bfd983afa869c5d572d41f23dacd3892	5e73a540b1fba1f8b0f31928ae5ff054f6d37c31a9c7ac29e7ed2bfb1276d8da
525	2026-12-07T01:36:28.669Z	\N	system	report	measurement	240	\N	{"corrects":null,"evidence":null,"id":240,"note":"Số liệu sơ bộ","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":39,"unit_id":88,"value":202.0}	5e73a540b1fba1f8b0f31928ae5ff054f6d37c31a9c7ac29e7ed2bfb1276d8da	1b55b00be78038bc559108a2d3a3bd48da3dcde332df5f2e26551403e27baf3e
526	2026-12-07T01:36:28.670Z	\N	system	report	measurement	241	\N	{"corrects":null,"evidence":null,"id":241,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":40,"unit_id":88,"value":3.2000000000000002}	1b55b00be78038bc559108a2d3a3bd48da3dcde332df5f2e26551403e27baf3e	be0f7eab61c3858291d6e4536a1606c315064889e2685fb7308d0dd04b6b087e
527	2026-12-07T01:36:28.670Z	\N	system	report	measurement	242	\N	{"corrects":null,"evidence":null,"id":242,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	be0f7eab61c3858291d6e4536a1606c315064889e2685fb7308d0dd04b6b087e	7635d5b673244c4ad5b31e0ec9622220365db03399747f79b1fbe2375ea2338f
528	2026-12-07T01:36:28.671Z	\N	system	report	measurement	243	\N	{"corrects":null,"evidence":null,"id":243,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":40,"unit_id":88,"value":3.7999999999999998}	7635d5b673244c4ad5b31e0ec9622220365db03399747f79b1fbe2375ea2338f	507c1c2dcbfa75821ff9a0c0575bf313c117af661b52aa01cc27227369160214
529	2026-12-07T01:36:28.671Z	\N	system	report	measurement	244	\N	{"corrects":null,"evidence":null,"id":244,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":41,"unit_id":88,"value":80.0}	507c1c2dcbfa75821ff9a0c0575bf313c117af661b52aa01cc27227369160214	29c737ab1cac88cd61b2f6e3dba03b3f5d6f19406ccb9a650d2221bb7222acb3
530	2026-12-07T01:36:28.672Z	\N	system	report	measurement	245	\N	{"corrects":null,"evidence":null,"id":245,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":40,"unit_id":88,"value":4.2999999999999998}	29c737ab1cac88cd61b2f6e3dba03b3f5d6f19406ccb9a650d2221bb7222acb3	812b179bc7ffd3cc8e4976893bf47607f702c90988f367c6732983e85b4006ca
531	2026-12-07T01:36:28.672Z	\N	system	report	measurement	246	\N	{"corrects":null,"evidence":null,"id":246,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	812b179bc7ffd3cc8e4976893bf47607f702c90988f367c6732983e85b4006ca	6f56cba4b20c6d72c28f36c14b378f420244fa36e14839befc178e3a21210f4e
532	2026-12-07T01:36:28.673Z	\N	system	report	measurement	247	\N	{"corrects":null,"evidence":null,"id":247,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":40,"unit_id":88,"value":4.7000000000000002}	6f56cba4b20c6d72c28f36c14b378f420244fa36e14839befc178e3a21210f4e	fce19d0a93a365ec364025609f4b71a6aeab71c674cd2ebbf33b23b148618c82
533	2026-12-07T01:36:28.673Z	\N	system	report	measurement	248	\N	{"corrects":null,"evidence":null,"id":248,"note":"Số liệu sơ bộ","period_no":4,"reported_at":1796607388,"reporter":"system","target_id":41,"unit_id":88,"value":100.0}	fce19d0a93a365ec364025609f4b71a6aeab71c674cd2ebbf33b23b148618c82	66700ecfbbf4f30cd64936186e86fd5550c271ff6623753662a2d911edfbdc04
534	2026-12-07T01:36:28.674Z	\N	system	report	measurement	249	\N	{"corrects":null,"evidence":null,"id":249,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":12.0}	66700ecfbbf4f30cd64936186e86fd5550c271ff6623753662a2d911edfbdc04	4546e9da8946bdc7f45bc1d1d30b1569413a7c6bbf85babf9d1c2121423e59e1
535	2026-12-07T01:36:28.674Z	\N	system	report	measurement	250	\N	{"corrects":null,"evidence":null,"id":250,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":24.0}	4546e9da8946bdc7f45bc1d1d30b1569413a7c6bbf85babf9d1c2121423e59e1	50d3a46d26866e6b42b23766d273d55825a3b8485cbf875f3b0ea2f5584b4218
536	2026-12-07T01:36:28.675Z	\N	system	report	measurement	251	\N	{"corrects":null,"evidence":null,"id":251,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":38.0}	50d3a46d26866e6b42b23766d273d55825a3b8485cbf875f3b0ea2f5584b4218	f8b9e92bca1850d36569a05df8a22c78f5ef5ce4bd1081df7ab4c22b24f58577
537	2026-12-07T01:36:28.675Z	\N	system	report	measurement	252	\N	{"corrects":null,"evidence":null,"id":252,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":50.0}	f8b9e92bca1850d36569a05df8a22c78f5ef5ce4bd1081df7ab4c22b24f58577	9cc401ec730565a5e708c397206d4bcb6caf45eb23bb49594b069eabd06cad4c
538	2026-12-07T01:36:28.676Z	\N	system	report	measurement	253	\N	{"corrects":null,"evidence":null,"id":253,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":63.0}	9cc401ec730565a5e708c397206d4bcb6caf45eb23bb49594b069eabd06cad4c	c4cb1fa7d00590fd9af5743fccd47a4e37d1aae4f5285fe6b5e24c7f4da0993d
539	2026-12-07T01:36:28.676Z	\N	system	report	measurement	254	\N	{"corrects":null,"evidence":null,"id":254,"note":null,"period_no":6,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":75.0}	c4cb1fa7d00590fd9af5743fccd47a4e37d1aae4f5285fe6b5e24c7f4da0993d	d70bf4de4a5e2603110205ecfa7addbbfe09127570dd041fa3b6a29c6cf6af40
540	2026-12-07T01:36:28.677Z	\N	system	report	measurement	255	\N	{"corrects":null,"evidence":null,"id":255,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":87.0}	d70bf4de4a5e2603110205ecfa7addbbfe09127570dd041fa3b6a29c6cf6af40	20b00a531178d2611bbf988e2c3b4ef93bf79607915a57e232face6223accd44
541	2026-12-07T01:36:28.677Z	\N	system	report	measurement	256	\N	{"corrects":null,"evidence":null,"id":256,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":100.0}	20b00a531178d2611bbf988e2c3b4ef93bf79607915a57e232face6223accd44	bfb31eb9759bde38fb8b4864c419bc896fc756ae2c8dfda838ee70c3fb265260
542	2026-12-07T01:36:28.677Z	\N	system	report	measurement	257	\N	{"corrects":null,"evidence":null,"id":257,"note":"Đã điều chỉnh theo báo cáo quý","period_no":9,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":112.0}	bfb31eb9759bde38fb8b4864c419bc896fc756ae2c8dfda838ee70c3fb265260	bf9cff2681018fc4b99c63a166abdc2cddd365eee945a6284d9c45ce47bce67b
543	2026-12-07T01:36:28.678Z	\N	system	report	measurement	258	\N	{"corrects":null,"evidence":null,"id":258,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":125.0}	bf9cff2681018fc4b99c63a166abdc2cddd365eee945a6284d9c45ce47bce67b	1354f68f15a96172845debdce5b84ca3f82577c8d35c93ea04d3645317391315
544	2026-12-07T01:36:28.679Z	\N	system	report	measurement	259	\N	{"corrects":null,"evidence":null,"id":259,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":148.0}	1354f68f15a96172845debdce5b84ca3f82577c8d35c93ea04d3645317391315	6c791eca8280999db31736f644283dffd8c9a3672cfe917f92e5ebb0aa6c3f4f
545	2026-12-07T01:36:28.679Z	\N	system	report	measurement	260	\N	{"corrects":null,"evidence":null,"id":260,"note":null,"period_no":12,"reported_at":1796607388,"reporter":"system","target_id":42,"unit_id":95,"value":151.0}	6c791eca8280999db31736f644283dffd8c9a3672cfe917f92e5ebb0aa6c3f4f	3a19f47d539bea836d41b5d5dfb2d7e3d51908a32434c69e77ddeebce2e60ca8
546	2026-12-07T01:36:28.679Z	\N	system	report	measurement	261	\N	{"corrects":null,"evidence":null,"id":261,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":43,"unit_id":95,"value":3.0}	3a19f47d539bea836d41b5d5dfb2d7e3d51908a32434c69e77ddeebce2e60ca8	419aa9811e059e0396a741eae3c9e5274919fd21a58f0b09a24b29a7fcc25767
547	2026-12-07T01:36:28.680Z	\N	system	report	measurement	262	\N	{"corrects":null,"evidence":null,"id":262,"note":"Số liệu sơ bộ","period_no":1,"reported_at":1796607388,"reporter":"system","target_id":44,"unit_id":95,"value":80.0}	419aa9811e059e0396a741eae3c9e5274919fd21a58f0b09a24b29a7fcc25767	516c3bad3eea4d851f511d0a13b43cabef60de10f76c8d3dd7294816ee6d2c85
548	2026-12-07T01:36:28.680Z	\N	system	report	measurement	263	\N	{"corrects":null,"evidence":null,"id":263,"note":"Số liệu sơ bộ","period_no":2,"reported_at":1796607388,"reporter":"system","target_id":43,"unit_id":95,"value":3.3999999999999999}	516c3bad3eea4d851f511d0a13b43cabef60de10f76c8d3dd7294816ee6d2c85	0d7e3807017aa482f1ab819118c4a7d9b7c6a02d20515cb2dbb6b6b4fce590d4
549	2026-12-07T01:36:28.681Z	\N	system	report	measurement	264	\N	{"corrects":null,"evidence":null,"id":264,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	0d7e3807017aa482f1ab819118c4a7d9b7c6a02d20515cb2dbb6b6b4fce590d4	0f2fc9b3160d77c6a316cbd6d5e85eb99f5033b7d6a21ec7e864c2cf7c4266e9
550	2026-12-07T01:36:28.681Z	\N	system	report	measurement	265	\N	{"corrects":null,"evidence":null,"id":265,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":43,"unit_id":95,"value":3.8999999999999999}	0f2fc9b3160d77c6a316cbd6d5e85eb99f5033b7d6a21ec7e864c2cf7c4266e9	039a343e3dcf6d86460f73cdc3b0c40252d5b14ac598fbfcb311d7b8b079652c
551	2026-12-07T01:36:28.682Z	\N	system	report	measurement	266	\N	{"corrects":null,"evidence":null,"id":266,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	039a343e3dcf6d86460f73cdc3b0c40252d5b14ac598fbfcb311d7b8b079652c	dd7820709f74daff9ebac348487751d3aed8c251f8076929029ba19bc948458f
552	2026-12-07T01:36:28.682Z	\N	system	report	measurement	267	\N	{"corrects":null,"evidence":null,"id":267,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":43,"unit_id":95,"value":4.2999999999999998}	dd7820709f74daff9ebac348487751d3aed8c251f8076929029ba19bc948458f	8040cf841b3f843aedf9d1559be9f8532359745a461c3e2a1005832128957048
553	2026-12-07T01:36:28.683Z	\N	system	report	measurement	268	\N	{"corrects":null,"evidence":null,"id":268,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":44,"unit_id":95,"value":100.0}	8040cf841b3f843aedf9d1559be9f8532359745a461c3e2a1005832128957048	4923398d6a171aaecffb1c119d6e58254a0fbeb848442333cf4429a0d2cebaaa
554	2026-12-07T01:36:28.683Z	\N	system	report	measurement	269	\N	{"corrects":null,"evidence":null,"id":269,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":4.0}	4923398d6a171aaecffb1c119d6e58254a0fbeb848442333cf4429a0d2cebaaa	08aca30631b2452c90f9509ad0648d3b416228549c19636474a671bcd1dcd219
555	2026-12-07T01:36:28.684Z	\N	system	report	measurement	270	\N	{"corrects":null,"evidence":null,"id":270,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":8.0}	08aca30631b2452c90f9509ad0648d3b416228549c19636474a671bcd1dcd219	6a167c21392a8ce1073c849ae36f94ca03441a544becdad0f534187dfa374e2e
556	2026-12-07T01:36:28.684Z	\N	system	report	measurement	271	\N	{"corrects":null,"evidence":null,"id":271,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":12.0}	6a167c21392a8ce1073c849ae36f94ca03441a544becdad0f534187dfa374e2e	d2ee590f530bd21a971c778dfbfff9d8da0b6a831561bf1d4e0d27d9de31e740
557	2026-12-07T01:36:28.685Z	\N	system	report	measurement	272	\N	{"corrects":null,"evidence":null,"id":272,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":16.0}	d2ee590f530bd21a971c778dfbfff9d8da0b6a831561bf1d4e0d27d9de31e740	95e5d04b2e2f51035790e10bacd528680f049171823afd5ccf3e570bce8042d9
558	2026-12-07T01:36:28.685Z	\N	system	report	measurement	273	\N	{"corrects":null,"evidence":null,"id":273,"note":null,"period_no":5,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":20.0}	95e5d04b2e2f51035790e10bacd528680f049171823afd5ccf3e570bce8042d9	0f262e7b4ed5b24eabd41cdc785263bfa52956adcdc5d9fb87ba98278bb44700
559	2026-12-07T01:36:28.686Z	\N	system	report	measurement	274	\N	{"corrects":null,"evidence":null,"id":274,"note":"Số liệu sơ bộ","period_no":6,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":24.0}	0f262e7b4ed5b24eabd41cdc785263bfa52956adcdc5d9fb87ba98278bb44700	6b7bb402e9207d8f92e58020e34d948b6085f40836adcdf099171a8bf2e5bbdc
560	2026-12-07T01:36:28.686Z	\N	system	report	measurement	275	\N	{"corrects":null,"evidence":null,"id":275,"note":null,"period_no":7,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":27.0}	6b7bb402e9207d8f92e58020e34d948b6085f40836adcdf099171a8bf2e5bbdc	60d71832545840c17129ce0d43632930f400f2dbb746d9fe365979bd7d93a148
561	2026-12-07T01:36:28.687Z	\N	system	report	measurement	276	\N	{"corrects":null,"evidence":null,"id":276,"note":null,"period_no":8,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":31.0}	60d71832545840c17129ce0d43632930f400f2dbb746d9fe365979bd7d93a148	0716d54602f92e3da0e03ca1a3e00a01a77d88c17ede0d436397c8d118dd9a01
562	2026-12-07T01:36:28.687Z	\N	system	report	measurement	277	\N	{"corrects":null,"evidence":null,"id":277,"note":null,"period_no":9,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":35.0}	0716d54602f92e3da0e03ca1a3e00a01a77d88c17ede0d436397c8d118dd9a01	925715699fb4502ec06398d4de7d35248f78c87563bfa5d2429a37d5afaecd31
563	2026-12-07T01:36:28.688Z	\N	system	report	measurement	278	\N	{"corrects":null,"evidence":null,"id":278,"note":null,"period_no":10,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":39.0}	925715699fb4502ec06398d4de7d35248f78c87563bfa5d2429a37d5afaecd31	5272e8a3e88df0e117f454fbf343a98df548abff098c8694dbb19361fd95f81f
564	2026-12-07T01:36:28.689Z	\N	system	report	measurement	279	\N	{"corrects":null,"evidence":null,"id":279,"note":null,"period_no":11,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":46.0}	5272e8a3e88df0e117f454fbf343a98df548abff098c8694dbb19361fd95f81f	0ba7a255a6b0fdabf08a91f4dbaeaec9688d531b55abc2b1c86f012b846fab79
565	2026-12-07T01:36:28.689Z	\N	system	report	measurement	280	\N	{"corrects":null,"evidence":null,"id":280,"note":"Đã điều chỉnh theo báo cáo quý","period_no":12,"reported_at":1796607388,"reporter":"system","target_id":45,"unit_id":102,"value":47.0}	0ba7a255a6b0fdabf08a91f4dbaeaec9688d531b55abc2b1c86f012b846fab79	a5ef728aa8449b02dec846f8f3e62ea6f0001b4b96a9f46c1106224d0597bfe6
566	2026-12-07T01:36:28.690Z	\N	system	report	measurement	281	\N	{"corrects":null,"evidence":null,"id":281,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":46,"unit_id":102,"value":3.1000000000000001}	a5ef728aa8449b02dec846f8f3e62ea6f0001b4b96a9f46c1106224d0597bfe6	f6c19d0e2ba1ec80a6e557213667b48d2f884ae5fc8c86533a58a4522912ce61
567	2026-12-07T01:36:28.691Z	\N	system	report	measurement	282	\N	{"corrects":null,"evidence":null,"id":282,"note":null,"period_no":1,"reported_at":1796607388,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	f6c19d0e2ba1ec80a6e557213667b48d2f884ae5fc8c86533a58a4522912ce61	038f0b6a073850dbe0800b33e6e3aab72f8ec905577046ef197a3cc726fe1b5e
568	2026-12-07T01:36:28.691Z	\N	system	report	measurement	283	\N	{"corrects":null,"evidence":null,"id":283,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":46,"unit_id":102,"value":3.3999999999999999}	038f0b6a073850dbe0800b33e6e3aab72f8ec905577046ef197a3cc726fe1b5e	7ff132863aae9463031d30a3732b2b9a086f2b9b10ab90f12ebe4f2fa7229103
569	2026-12-07T01:36:28.692Z	\N	system	report	measurement	284	\N	{"corrects":null,"evidence":null,"id":284,"note":null,"period_no":2,"reported_at":1796607388,"reporter":"system","target_id":47,"unit_id":102,"value":40.0}	7ff132863aae9463031d30a3732b2b9a086f2b9b10ab90f12ebe4f2fa7229103	b533ceed13b0db3626fbdd85e34bc1a1453ce9036731f17d19ad6f4b19826c22
570	2026-12-07T01:36:28.692Z	\N	system	report	measurement	285	\N	{"corrects":null,"evidence":null,"id":285,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":46,"unit_id":102,"value":3.7000000000000002}	b533ceed13b0db3626fbdd85e34bc1a1453ce9036731f17d19ad6f4b19826c22	f2a4714305c87943cedcce78a6f8c8809f0c08bad92e8ae475251e04ba35f9a2
571	2026-12-07T01:36:28.694Z	\N	system	report	measurement	286	\N	{"corrects":null,"evidence":null,"id":286,"note":null,"period_no":3,"reported_at":1796607388,"reporter":"system","target_id":47,"unit_id":102,"value":60.0}	f2a4714305c87943cedcce78a6f8c8809f0c08bad92e8ae475251e04ba35f9a2	0cd40cd499676e6ed8fff1c070a07ab4f74b7da4055052fbe8dba5fecf534e7c
572	2026-12-07T01:36:28.695Z	\N	system	report	measurement	287	\N	{"corrects":null,"evidence":null,"id":287,"note":null,"period_no":4,"reported_at":1796607388,"reporter":"system","target_id":46,"unit_id":102,"value":3.8999999999999999}	0cd40cd499676e6ed8fff1c070a07ab4f74b7da4055052fbe8dba5fecf534e7c	b3ccee33dc89f539a9d251f2334da9a5b24e15de6ab1349e8a4d0bbb2e734cbd
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
1	1	2	1	10.2	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
2	2	2	1	10.4	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
3	3	2	1	5.8	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
4	7	2	1	68.4	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
5	1	2	2	10.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607388	\N	\N
6	2	2	2	10.2	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607388	\N	\N
7	3	2	2	6.4	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607388	\N	\N
8	7	2	2	70.6	Theo báo cáo sơ kết 6 tháng	\N	\N	system	1796607388	\N	\N
9	1	2	3	10.5	\N	\N	\N	system	1796607388	\N	\N
10	2	2	3	9.9	Một số doanh nghiệp cơ khí giảm đơn hàng xuất khẩu	\N	\N	system	1796607388	\N	\N
11	3	2	3	6.9	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
12	7	2	3	71.3	\N	\N	\N	system	1796607388	\N	\N
13	1	2	4	10.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607388	\N	\N
14	2	2	4	9.6	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607388	\N	\N
15	3	2	4	7.1	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607388	\N	\N
16	7	2	4	72	Số liệu ước cả năm, trình HĐND quận kỳ họp cuối năm	\N	\N	system	1796607388	\N	\N
17	4	2	1	4	\N	\N	\N	system	1796607388	\N	\N
18	4	2	2	6.5	\N	\N	\N	system	1796607388	\N	\N
20	4	2	3	14.5	Điều chỉnh theo số liệu Kho bạc	\N	\N	system	1796607388	19	\N
19	4	2	3	12	Số liệu sơ bộ	\N	\N	system	1796607388	\N	20
21	4	2	4	12	\N	\N	\N	system	1796607388	\N	\N
22	4	2	5	16	\N	\N	\N	system	1796607388	\N	\N
23	4	2	6	22	Giải ngân chậm do vướng bồi thường, giải phóng mặt bằng	\N	\N	system	1796607388	\N	\N
24	4	2	7	20	\N	\N	\N	system	1796607388	\N	\N
25	4	2	8	22	\N	\N	\N	system	1796607388	\N	\N
26	4	2	9	26	\N	\N	\N	system	1796607388	\N	\N
27	4	2	10	28	\N	\N	\N	system	1796607388	\N	\N
28	4	2	11	34	\N	\N	\N	system	1796607388	\N	\N
29	4	2	12	50	Số liệu sơ bộ, chờ đối chiếu Kho bạc	\N	\N	system	1796607388	\N	\N
30	9	18	1	12	\N	\N	\N	system	1796607388	\N	\N
31	9	18	2	25	\N	\N	\N	system	1796607388	\N	\N
32	9	18	3	39	\N	\N	\N	system	1796607388	\N	\N
33	9	18	4	51	\N	\N	\N	system	1796607388	\N	\N
34	9	18	5	65	\N	\N	\N	system	1796607388	\N	\N
35	9	18	6	77	\N	\N	\N	system	1796607388	\N	\N
36	9	18	7	90	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
37	9	18	8	102	\N	\N	\N	system	1796607388	\N	\N
38	9	18	9	115	\N	\N	\N	system	1796607388	\N	\N
39	9	18	10	128	\N	\N	\N	system	1796607388	\N	\N
40	9	18	11	152	\N	\N	\N	system	1796607388	\N	\N
41	9	18	12	155	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
42	10	18	1	3.1	\N	\N	\N	system	1796607388	\N	\N
43	11	18	1	80	\N	\N	\N	system	1796607388	\N	\N
44	10	18	2	3.6	\N	\N	\N	system	1796607388	\N	\N
45	11	18	2	80	\N	\N	\N	system	1796607388	\N	\N
46	10	18	3	4	\N	\N	\N	system	1796607388	\N	\N
47	11	18	3	100	\N	\N	\N	system	1796607388	\N	\N
48	10	18	4	4.3	\N	\N	\N	system	1796607388	\N	\N
49	11	18	4	100	\N	\N	\N	system	1796607388	\N	\N
50	12	25	1	10	\N	\N	\N	system	1796607388	\N	\N
51	12	25	2	19	\N	\N	\N	system	1796607388	\N	\N
52	12	25	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
53	12	25	4	40	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
54	12	25	5	51	\N	\N	\N	system	1796607388	\N	\N
55	12	25	6	61	\N	\N	\N	system	1796607388	\N	\N
56	12	25	7	71	\N	\N	\N	system	1796607388	\N	\N
57	12	25	8	80	\N	\N	\N	system	1796607388	\N	\N
58	12	25	9	90	\N	\N	\N	system	1796607388	\N	\N
59	12	25	10	101	\N	\N	\N	system	1796607388	\N	\N
60	12	25	11	119	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
61	12	25	12	122	\N	\N	\N	system	1796607388	\N	\N
62	13	25	1	2.8	\N	\N	\N	system	1796607388	\N	\N
63	14	25	1	60	\N	\N	\N	system	1796607388	\N	\N
64	13	25	2	3.3	\N	\N	\N	system	1796607388	\N	\N
65	14	25	2	80	\N	\N	\N	system	1796607388	\N	\N
66	13	25	3	3.7	\N	\N	\N	system	1796607388	\N	\N
67	14	25	3	80	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
68	13	25	4	4	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
69	14	25	4	80	\N	\N	\N	system	1796607388	\N	\N
70	15	32	1	3	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
71	15	32	2	5	\N	\N	\N	system	1796607388	\N	\N
72	15	32	3	8	\N	\N	\N	system	1796607388	\N	\N
73	15	32	4	11	\N	\N	\N	system	1796607388	\N	\N
74	15	32	5	14	\N	\N	\N	system	1796607388	\N	\N
75	15	32	6	17	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
76	15	32	7	19	\N	\N	\N	system	1796607388	\N	\N
77	15	32	8	22	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
78	15	32	9	25	\N	\N	\N	system	1796607388	\N	\N
79	15	32	10	28	\N	\N	\N	system	1796607388	\N	\N
80	15	32	11	33	\N	\N	\N	system	1796607388	\N	\N
81	16	32	1	3.4	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
82	17	32	1	40	\N	\N	\N	system	1796607388	\N	\N
83	16	32	2	3.8	\N	\N	\N	system	1796607388	\N	\N
84	17	32	2	60	\N	\N	\N	system	1796607388	\N	\N
85	16	32	3	4.2	\N	\N	\N	system	1796607388	\N	\N
86	17	32	3	60	\N	\N	\N	system	1796607388	\N	\N
87	16	32	4	4.6	\N	\N	\N	system	1796607388	\N	\N
88	17	32	4	60	\N	\N	\N	system	1796607388	\N	\N
89	18	39	1	14	\N	\N	\N	system	1796607388	\N	\N
90	18	39	2	28	\N	\N	\N	system	1796607388	\N	\N
91	18	39	3	44	\N	\N	\N	system	1796607388	\N	\N
92	18	39	4	59	\N	\N	\N	system	1796607388	\N	\N
93	18	39	5	75	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
94	18	39	6	89	\N	\N	\N	system	1796607388	\N	\N
95	18	39	7	103	\N	\N	\N	system	1796607388	\N	\N
96	18	39	8	117	\N	\N	\N	system	1796607388	\N	\N
97	18	39	9	131	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
98	18	39	10	147	\N	\N	\N	system	1796607388	\N	\N
99	18	39	11	174	\N	\N	\N	system	1796607388	\N	\N
100	18	39	12	177	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
101	19	39	1	2.9	\N	\N	\N	system	1796607388	\N	\N
102	20	39	1	80	\N	\N	\N	system	1796607388	\N	\N
103	19	39	2	3.2	\N	\N	\N	system	1796607388	\N	\N
104	20	39	2	80	\N	\N	\N	system	1796607388	\N	\N
105	19	39	3	3.6	\N	\N	\N	system	1796607388	\N	\N
106	20	39	3	80	\N	\N	\N	system	1796607388	\N	\N
107	19	39	4	3.9	\N	\N	\N	system	1796607388	\N	\N
108	20	39	4	100	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
109	21	46	1	7	\N	\N	\N	system	1796607388	\N	\N
110	21	46	2	14	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
111	21	46	3	22	\N	\N	\N	system	1796607388	\N	\N
112	21	46	4	29	\N	\N	\N	system	1796607388	\N	\N
113	21	46	5	37	\N	\N	\N	system	1796607388	\N	\N
114	21	46	6	44	\N	\N	\N	system	1796607388	\N	\N
115	21	46	7	51	\N	\N	\N	system	1796607388	\N	\N
116	21	46	8	58	\N	\N	\N	system	1796607388	\N	\N
117	21	46	9	65	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
118	21	46	10	73	\N	\N	\N	system	1796607388	\N	\N
119	21	46	11	86	\N	\N	\N	system	1796607388	\N	\N
120	21	46	12	88	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
121	22	46	1	3.2	\N	\N	\N	system	1796607388	\N	\N
122	23	46	1	60	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
123	22	46	2	3.5	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
124	23	46	2	80	\N	\N	\N	system	1796607388	\N	\N
125	22	46	3	3.9	\N	\N	\N	system	1796607388	\N	\N
126	23	46	3	80	\N	\N	\N	system	1796607388	\N	\N
127	22	46	4	4.1	\N	\N	\N	system	1796607388	\N	\N
128	23	46	4	80	\N	\N	\N	system	1796607388	\N	\N
129	24	53	1	10	\N	\N	\N	system	1796607388	\N	\N
130	24	53	2	19	\N	\N	\N	system	1796607388	\N	\N
131	24	53	3	30	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
132	24	53	4	40	\N	\N	\N	system	1796607388	\N	\N
133	24	53	5	51	\N	\N	\N	system	1796607388	\N	\N
134	24	53	6	60	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
135	24	53	7	70	\N	\N	\N	system	1796607388	\N	\N
136	24	53	8	80	\N	\N	\N	system	1796607388	\N	\N
137	24	53	9	89	\N	\N	\N	system	1796607388	\N	\N
138	24	53	10	100	\N	\N	\N	system	1796607388	\N	\N
139	24	53	11	118	\N	\N	\N	system	1796607388	\N	\N
140	24	53	12	121	\N	\N	\N	system	1796607388	\N	\N
141	25	53	1	1.4	\N	\N	\N	system	1796607388	\N	\N
142	26	53	1	80	\N	\N	\N	system	1796607388	\N	\N
143	25	53	2	1.7	\N	\N	\N	system	1796607388	\N	\N
144	26	53	2	80	\N	\N	\N	system	1796607388	\N	\N
145	25	53	3	2	\N	\N	\N	system	1796607388	\N	\N
146	26	53	3	80	\N	\N	\N	system	1796607388	\N	\N
147	25	53	4	2.2	\N	\N	\N	system	1796607388	\N	\N
148	26	53	4	80	\N	\N	\N	system	1796607388	\N	\N
149	27	60	1	8	\N	\N	\N	system	1796607388	\N	\N
150	27	60	2	15	\N	\N	\N	system	1796607388	\N	\N
151	27	60	3	24	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
152	27	60	4	32	\N	\N	\N	system	1796607388	\N	\N
153	27	60	5	40	\N	\N	\N	system	1796607388	\N	\N
154	27	60	6	48	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
155	27	60	7	56	\N	\N	\N	system	1796607388	\N	\N
156	27	60	8	63	\N	\N	\N	system	1796607388	\N	\N
157	27	60	9	71	\N	\N	\N	system	1796607388	\N	\N
158	27	60	10	80	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
159	27	60	11	94	\N	\N	\N	system	1796607388	\N	\N
160	27	60	12	96	\N	\N	\N	system	1796607388	\N	\N
161	28	60	1	3.8	\N	\N	\N	system	1796607388	\N	\N
162	29	60	1	80	\N	\N	\N	system	1796607388	\N	\N
163	28	60	2	4.2	\N	\N	\N	system	1796607388	\N	\N
164	29	60	2	100	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
165	28	60	3	4.6	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
166	29	60	3	100	\N	\N	\N	system	1796607388	\N	\N
167	28	60	4	4.9	\N	\N	\N	system	1796607388	\N	\N
168	29	60	4	100	\N	\N	\N	system	1796607388	\N	\N
169	30	67	1	8	\N	\N	\N	system	1796607388	\N	\N
170	30	67	2	17	\N	\N	\N	system	1796607388	\N	\N
171	30	67	3	26	\N	\N	\N	system	1796607388	\N	\N
172	30	67	4	34	\N	\N	\N	system	1796607388	\N	\N
173	30	67	5	44	\N	\N	\N	system	1796607388	\N	\N
174	30	67	6	52	\N	\N	\N	system	1796607388	\N	\N
175	30	67	7	60	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
176	30	67	8	69	\N	\N	\N	system	1796607388	\N	\N
177	30	67	9	77	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
178	30	67	10	86	\N	\N	\N	system	1796607388	\N	\N
179	30	67	11	102	\N	\N	\N	system	1796607388	\N	\N
180	30	67	12	104	\N	\N	\N	system	1796607388	\N	\N
181	31	67	1	3.3	\N	\N	\N	system	1796607388	\N	\N
182	32	67	1	80	\N	\N	\N	system	1796607388	\N	\N
183	31	67	2	3.7	\N	\N	\N	system	1796607388	\N	\N
184	32	67	2	80	\N	\N	\N	system	1796607388	\N	\N
185	31	67	3	4.1	\N	\N	\N	system	1796607388	\N	\N
186	32	67	3	100	\N	\N	\N	system	1796607388	\N	\N
187	31	67	4	4.4	\N	\N	\N	system	1796607388	\N	\N
188	32	67	4	100	\N	\N	\N	system	1796607388	\N	\N
189	33	74	1	20	\N	\N	\N	system	1796607388	\N	\N
190	33	74	2	41	\N	\N	\N	system	1796607388	\N	\N
191	33	74	3	63	\N	\N	\N	system	1796607388	\N	\N
192	33	74	4	84	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
193	33	74	5	107	\N	\N	\N	system	1796607388	\N	\N
194	33	74	6	127	\N	\N	\N	system	1796607388	\N	\N
195	33	74	7	147	\N	\N	\N	system	1796607388	\N	\N
196	33	74	8	167	\N	\N	\N	system	1796607388	\N	\N
197	33	74	9	188	\N	\N	\N	system	1796607388	\N	\N
198	33	74	10	211	\N	\N	\N	system	1796607388	\N	\N
199	33	74	11	249	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
200	33	74	12	254	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
201	34	74	1	2.9	\N	\N	\N	system	1796607388	\N	\N
202	35	74	1	80	\N	\N	\N	system	1796607388	\N	\N
203	34	74	2	3.4	\N	\N	\N	system	1796607388	\N	\N
204	35	74	2	80	\N	\N	\N	system	1796607388	\N	\N
205	34	74	3	3.8	\N	\N	\N	system	1796607388	\N	\N
206	35	74	3	80	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
207	34	74	4	4.2	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
208	35	74	4	100	\N	\N	\N	system	1796607388	\N	\N
209	36	81	1	9	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
210	36	81	2	17	\N	\N	\N	system	1796607388	\N	\N
211	36	81	3	27	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
212	36	81	4	36	\N	\N	\N	system	1796607388	\N	\N
213	36	81	5	46	\N	\N	\N	system	1796607388	\N	\N
214	36	81	6	55	\N	\N	\N	system	1796607388	\N	\N
215	36	81	7	63	\N	\N	\N	system	1796607388	\N	\N
216	36	81	8	72	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
217	36	81	9	81	\N	\N	\N	system	1796607388	\N	\N
218	36	81	10	91	\N	\N	\N	system	1796607388	\N	\N
219	36	81	11	107	\N	\N	\N	system	1796607388	\N	\N
220	36	81	12	109	\N	\N	\N	system	1796607388	\N	\N
221	37	81	1	3	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
222	38	81	1	60	\N	\N	\N	system	1796607388	\N	\N
223	37	81	2	3.5	\N	\N	\N	system	1796607388	\N	\N
224	38	81	2	80	\N	\N	\N	system	1796607388	\N	\N
225	37	81	3	3.8	\N	\N	\N	system	1796607388	\N	\N
226	38	81	3	80	\N	\N	\N	system	1796607388	\N	\N
227	37	81	4	4	\N	\N	\N	system	1796607388	\N	\N
228	38	81	4	80	\N	\N	\N	system	1796607388	\N	\N
229	39	88	1	16	\N	\N	\N	system	1796607388	\N	\N
230	39	88	2	32	\N	\N	\N	system	1796607388	\N	\N
231	39	88	3	50	\N	\N	\N	system	1796607388	\N	\N
232	39	88	4	67	\N	\N	\N	system	1796607388	\N	\N
233	39	88	5	85	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
234	39	88	6	101	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
235	39	88	7	117	\N	\N	\N	system	1796607388	\N	\N
236	39	88	8	133	\N	\N	\N	system	1796607388	\N	\N
237	39	88	9	149	\N	\N	\N	system	1796607388	\N	\N
238	39	88	10	167	\N	\N	\N	system	1796607388	\N	\N
239	39	88	11	198	\N	\N	\N	system	1796607388	\N	\N
240	39	88	12	202	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
241	40	88	1	3.2	\N	\N	\N	system	1796607388	\N	\N
242	41	88	1	80	\N	\N	\N	system	1796607388	\N	\N
243	40	88	2	3.8	\N	\N	\N	system	1796607388	\N	\N
244	41	88	2	80	\N	\N	\N	system	1796607388	\N	\N
245	40	88	3	4.3	\N	\N	\N	system	1796607388	\N	\N
246	41	88	3	100	\N	\N	\N	system	1796607388	\N	\N
247	40	88	4	4.7	\N	\N	\N	system	1796607388	\N	\N
248	41	88	4	100	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
249	42	95	1	12	\N	\N	\N	system	1796607388	\N	\N
250	42	95	2	24	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
251	42	95	3	38	\N	\N	\N	system	1796607388	\N	\N
252	42	95	4	50	\N	\N	\N	system	1796607388	\N	\N
253	42	95	5	63	\N	\N	\N	system	1796607388	\N	\N
254	42	95	6	75	\N	\N	\N	system	1796607388	\N	\N
255	42	95	7	87	\N	\N	\N	system	1796607388	\N	\N
256	42	95	8	100	\N	\N	\N	system	1796607388	\N	\N
257	42	95	9	112	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
258	42	95	10	125	\N	\N	\N	system	1796607388	\N	\N
259	42	95	11	148	\N	\N	\N	system	1796607388	\N	\N
260	42	95	12	151	\N	\N	\N	system	1796607388	\N	\N
261	43	95	1	3	\N	\N	\N	system	1796607388	\N	\N
262	44	95	1	80	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
263	43	95	2	3.4	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
264	44	95	2	100	\N	\N	\N	system	1796607388	\N	\N
265	43	95	3	3.9	\N	\N	\N	system	1796607388	\N	\N
266	44	95	3	100	\N	\N	\N	system	1796607388	\N	\N
267	43	95	4	4.3	\N	\N	\N	system	1796607388	\N	\N
268	44	95	4	100	\N	\N	\N	system	1796607388	\N	\N
269	45	102	1	4	\N	\N	\N	system	1796607388	\N	\N
270	45	102	2	8	\N	\N	\N	system	1796607388	\N	\N
271	45	102	3	12	\N	\N	\N	system	1796607388	\N	\N
272	45	102	4	16	\N	\N	\N	system	1796607388	\N	\N
273	45	102	5	20	\N	\N	\N	system	1796607388	\N	\N
274	45	102	6	24	Số liệu sơ bộ	\N	\N	system	1796607388	\N	\N
275	45	102	7	27	\N	\N	\N	system	1796607388	\N	\N
276	45	102	8	31	\N	\N	\N	system	1796607388	\N	\N
277	45	102	9	35	\N	\N	\N	system	1796607388	\N	\N
278	45	102	10	39	\N	\N	\N	system	1796607388	\N	\N
279	45	102	11	46	\N	\N	\N	system	1796607388	\N	\N
280	45	102	12	47	Đã điều chỉnh theo báo cáo quý	\N	\N	system	1796607388	\N	\N
281	46	102	1	3.1	\N	\N	\N	system	1796607388	\N	\N
282	47	102	1	40	\N	\N	\N	system	1796607388	\N	\N
283	46	102	2	3.4	\N	\N	\N	system	1796607388	\N	\N
284	47	102	2	40	\N	\N	\N	system	1796607388	\N	\N
285	46	102	3	3.7	\N	\N	\N	system	1796607388	\N	\N
286	47	102	3	60	\N	\N	\N	system	1796607388	\N	\N
287	46	102	4	3.9	\N	\N	\N	system	1796607388	\N	\N
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
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:36:27.468187+00	2026-12-07 01:36:27.468187+00
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
1	organisation: units and people	2026-12-07 01:36:27.422012+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:36:27.435992+00
3	org_revision: a counter every change to the unit tree bumps (for caches)	2026-12-07 01:36:27.452882+00
4	targets and measurements	2026-12-07 01:36:27.45685+00
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
1	336
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

\unrestrict fn9qPEGRx8Cy5eiQbgLP7ehXczsTfyDYSFizLlAKxNgt8aKremdEeqYgkAFjVaL

