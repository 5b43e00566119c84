--
-- PostgreSQL database dump
--

\restrict hXdQkb8HtxnhQzMiCmZkfUAib98qVkOM9fILePBTEOkETnkFBCCgJzk92UiJRYk

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
1	quantri	Quản trị hệ thống	\N	$argon2id$v=19$m=65536,t=2,p=1$T+PzaNqpN6ZN95ZXep7t7w$z9XSjlTbKbw0PyxboPlYHGvu5OJudLCqkeA2MWn77qA	f	1796607363
2	giamsat	Ban Thường vụ Quận ủy (giám sát)	\N	$argon2id$v=19$m=65536,t=2,p=1$joLWfPJf3RJndx9OIcLgWQ$xR8dS69WEpTLkGSFfqUlD9+L/fSHTJt/wtBGRAVVqfA	f	1796607364
3	lanhdao	Chủ tịch UBND Quận 9	\N	$argon2id$v=19$m=65536,t=2,p=1$negplU8CxHr1dNJZD1bsXw$M0my64Uti7KWfqvmjAQ3NvhoFNF9v6n+bX+DSHLjbx8	f	1796607364
4	hiepphu	Chủ tịch UBND phường Hiệp Phú	\N	$argon2id$v=19$m=65536,t=2,p=1$zWwgSNMnzWPVvWAAdvCizw$9+9t/RXZtpPMxecAfN0R/4tYNc3o0eTpAC/UegrAoXg	f	1796607364
5	longbinh	Cán bộ phường Long Bình	\N	$argon2id$v=19$m=65536,t=2,p=1$6VXcxzluhU82Z/qVJV55kg$4/lcU3gRds4lEHmugLXyPLqgHCZJYPk1C+SYCTng2Ts	f	1796607364
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, at, actor_id, actor, action, entity, entity_id, before, after, prev_hash, hash) FROM stdin;
1	2026-12-07T01:36:03.486Z	\N	system	create	org_unit	1	\N	{"code":"HCM","id":1,"kind":"city","name":"Thành phố Hồ Chí Minh","parent_id":null,"predecessor_id":null,"successor_id":null,"valid_from":"1976-07-02","valid_to":null}	0000000000000000000000000000000000000000000000000000000000000000	418b3f9a33b86583dd386a2c2c6778a01248b80ebc4518159a71c85765403adf
2	2026-12-07T01:36:03.488Z	\N	system	create	org_unit	2	\N	{"code":"Q9","id":2,"kind":"district","name":"Quận 9","parent_id":1,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	418b3f9a33b86583dd386a2c2c6778a01248b80ebc4518159a71c85765403adf	c900eb9132176d39322eb3496bd68a6df672e65f139ed5d6c8e3bfcb65627596
3	2026-12-07T01:36:03.489Z	\N	system	create	person	1	\N	{"email":null,"full_name":"Nguyễn Văn An","id":1,"phone":null,"title":"Chủ tịch UBND quận","unit_id":2}	c900eb9132176d39322eb3496bd68a6df672e65f139ed5d6c8e3bfcb65627596	55652ef62561f5c2f28ac17b3871e100a08fabdb9d9bd9d8ddee02f1b489edba
4	2026-12-07T01:36:03.490Z	\N	system	create	person	2	\N	{"email":null,"full_name":"Võ Thanh Lan","id":2,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	55652ef62561f5c2f28ac17b3871e100a08fabdb9d9bd9d8ddee02f1b489edba	17b4ee9e4035c57a00e729f894e34530fb0dcbabbb51ffcb11f0a644c9ecfa0c
5	2026-12-07T01:36:03.491Z	\N	system	create	person	3	\N	{"email":null,"full_name":"Lý Hữu Uyên","id":3,"phone":null,"title":"Phó Chủ tịch UBND quận","unit_id":2}	17b4ee9e4035c57a00e729f894e34530fb0dcbabbb51ffcb11f0a644c9ecfa0c	be3477e642e4a551f690f16ffcb480377fe6ac21e087e712fc50876792a8caeb
6	2026-12-07T01:36:03.492Z	\N	system	create	org_unit	3	\N	{"code":"Q9.QU","id":3,"kind":"party_committee","name":"Quận ủy Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	be3477e642e4a551f690f16ffcb480377fe6ac21e087e712fc50876792a8caeb	ab2ea0dd1fa9dd4bbecd64a5545032baa8619994bba27008f57054ab4cd61c39
7	2026-12-07T01:36:03.492Z	\N	system	create	person	4	\N	{"email":null,"full_name":"Phan Kim Hòa","id":4,"phone":null,"title":"Bí thư Quận ủy, Chủ tịch HĐND quận","unit_id":3}	ab2ea0dd1fa9dd4bbecd64a5545032baa8619994bba27008f57054ab4cd61c39	fc2e3027d866ef0f53fbfbbb1e1e965fa5fbf1dc62e7f3c99215f5f195fdfa8a
8	2026-12-07T01:36:03.493Z	\N	system	create	person	5	\N	{"email":null,"full_name":"Dương Minh Tâm","id":5,"phone":null,"title":"Phó Bí thư Quận ủy","unit_id":3}	fc2e3027d866ef0f53fbfbbb1e1e965fa5fbf1dc62e7f3c99215f5f195fdfa8a	3942e5a22b1b824db17b5cd3e6f4e5b2f5c36317565628bd91f7c3bc2ea12c63
9	2026-12-07T01:36:03.494Z	\N	system	create	org_unit	4	\N	{"code":"Q9.QU.BTV","id":4,"kind":"party_committee","name":"Ban Thường vụ Quận ủy Quận 9","parent_id":3,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":"2020-12-31"}	3942e5a22b1b824db17b5cd3e6f4e5b2f5c36317565628bd91f7c3bc2ea12c63	02b898a5545572790dd5b602865c7c6330ed22df9529121720639d79830d61fa
10	2026-12-07T01:36:03.495Z	\N	system	create	person	6	\N	{"email":null,"full_name":"Huỳnh Ngọc Hà","id":6,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	02b898a5545572790dd5b602865c7c6330ed22df9529121720639d79830d61fa	89715cc049b5e15f701c134888c7e97095ca58ae81a2cac8103a76e6e746f867
11	2026-12-07T01:36:03.496Z	\N	system	create	person	7	\N	{"email":null,"full_name":"Ngô Đức Phúc","id":7,"phone":null,"title":"Ủy viên Ban Thường vụ Quận ủy","unit_id":4}	89715cc049b5e15f701c134888c7e97095ca58ae81a2cac8103a76e6e746f867	7d39c9681c9fb6be8e5a4baadd166b79c94ef72607d34eaa304625fbf01ab371
12	2026-12-07T01:36:03.497Z	\N	system	create	org_unit	5	\N	{"code":"Q9.MOTCUA","id":5,"kind":"one_stop_desk","name":"Bộ phận tiếp nhận và trả kết quả Quận 9","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	7d39c9681c9fb6be8e5a4baadd166b79c94ef72607d34eaa304625fbf01ab371	33e3ad85b433c150e4296261ff5e4d8cc53688be30f472905782f450eea492c3
13	2026-12-07T01:36:03.497Z	\N	system	create	person	8	\N	{"email":null,"full_name":"Hoàng Thị Châu","id":8,"phone":null,"title":"Trưởng bộ phận một cửa","unit_id":5}	33e3ad85b433c150e4296261ff5e4d8cc53688be30f472905782f450eea492c3	63ceed6955212a5027e38b1614abd7867f92ee7bfa117689803d5b708e4ecb67
14	2026-12-07T01:36:03.498Z	\N	system	create	person	9	\N	{"email":null,"full_name":"Hồ Quốc Mai","id":9,"phone":null,"title":"Chuyên viên tiếp nhận hồ sơ","unit_id":5}	63ceed6955212a5027e38b1614abd7867f92ee7bfa117689803d5b708e4ecb67	ddfb23403c022a1d4bbbd70225dd73191795e020cf69fec6de33cda6909d40e9
15	2026-12-07T01:36:03.499Z	\N	system	create	org_unit	6	\N	{"code":"Q9.VP","id":6,"kind":"department","name":"Văn phòng HĐND và UBND quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ddfb23403c022a1d4bbbd70225dd73191795e020cf69fec6de33cda6909d40e9	bb171da70f6632be134a607d637079d420023af460b4a5f463699469d1843dfd
16	2026-12-07T01:36:03.500Z	\N	system	create	person	10	\N	{"email":null,"full_name":"Phạm Thu Yến","id":10,"phone":null,"title":"Chánh Văn phòng","unit_id":6}	bb171da70f6632be134a607d637079d420023af460b4a5f463699469d1843dfd	46e053ded20578551058669d1fd59e911b41d18b631c02275c877f59a463dfa1
17	2026-12-07T01:36:03.501Z	\N	system	create	org_unit	7	\N	{"code":"Q9.NV","id":7,"kind":"department","name":"Phòng Nội vụ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	46e053ded20578551058669d1fd59e911b41d18b631c02275c877f59a463dfa1	1d2c52f49e27c84c5b1705ce7c8d4c98f688eaaaede1650c4f4b165660d836ed
18	2026-12-07T01:36:03.501Z	\N	system	create	person	11	\N	{"email":null,"full_name":"Đỗ Văn Khánh","id":11,"phone":null,"title":"Trưởng phòng Nội vụ","unit_id":7}	1d2c52f49e27c84c5b1705ce7c8d4c98f688eaaaede1650c4f4b165660d836ed	242350cb26c3d042852605c07f776a25e427306e3f971b69c57d4fcf0ed067b3
19	2026-12-07T01:36:03.502Z	\N	system	create	org_unit	8	\N	{"code":"Q9.TCKH","id":8,"kind":"department","name":"Phòng Tài chính - Kế hoạch","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	242350cb26c3d042852605c07f776a25e427306e3f971b69c57d4fcf0ed067b3	c674216e786ac3bf1174be2f22d8535f29b15596298ac00a86ed01ff97c39c93
20	2026-12-07T01:36:03.503Z	\N	system	create	person	12	\N	{"email":null,"full_name":"Lê Thanh Tuấn","id":12,"phone":null,"title":"Trưởng phòng Tài chính - Kế hoạch","unit_id":8}	c674216e786ac3bf1174be2f22d8535f29b15596298ac00a86ed01ff97c39c93	a1db8f4e01c4a3ab7262b59aa00646b118bc424f3d7e7c616f44d4afe944185d
21	2026-12-07T01:36:03.504Z	\N	system	create	org_unit	9	\N	{"code":"Q9.KT","id":9,"kind":"department","name":"Phòng Kinh tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a1db8f4e01c4a3ab7262b59aa00646b118bc424f3d7e7c616f44d4afe944185d	3a62db918a6d51be8a3cd2966073f9e801aed54f4ee2ab9dc7120fa9b1b51c02
22	2026-12-07T01:36:03.504Z	\N	system	create	person	13	\N	{"email":null,"full_name":"Bùi Hữu Hạnh","id":13,"phone":null,"title":"Trưởng phòng Kinh tế","unit_id":9}	3a62db918a6d51be8a3cd2966073f9e801aed54f4ee2ab9dc7120fa9b1b51c02	d82e4e6794b56d66430b8b6d162dc02f057a0afd3047bc6d5878c570ec06cdb1
23	2026-12-07T01:36:03.506Z	\N	system	create	org_unit	10	\N	{"code":"Q9.QLDT","id":10,"kind":"department","name":"Phòng Quản lý đô thị","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d82e4e6794b56d66430b8b6d162dc02f057a0afd3047bc6d5878c570ec06cdb1	3bedb4217cd7a00f8550860c4251f57a4501616a06f693818bbc70c73ab3c819
24	2026-12-07T01:36:03.506Z	\N	system	create	person	14	\N	{"email":null,"full_name":"Trần Kim Sơn","id":14,"phone":null,"title":"Trưởng phòng Quản lý đô thị","unit_id":10}	3bedb4217cd7a00f8550860c4251f57a4501616a06f693818bbc70c73ab3c819	f40cca65e058ffc20de0446e89b2c18242486d184a3a66b91c27de36ea443a4a
25	2026-12-07T01:36:03.507Z	\N	system	create	org_unit	11	\N	{"code":"Q9.TNMT","id":11,"kind":"department","name":"Phòng Tài nguyên và Môi trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f40cca65e058ffc20de0446e89b2c18242486d184a3a66b91c27de36ea443a4a	d25e36602fa4b90dc33da4860c15dae5d8a3ccf68a435a1a82b2405974aace76
26	2026-12-07T01:36:03.508Z	\N	system	create	person	15	\N	{"email":null,"full_name":"Đặng Minh Giang","id":15,"phone":null,"title":"Trưởng phòng Tài nguyên và Môi trường","unit_id":11}	d25e36602fa4b90dc33da4860c15dae5d8a3ccf68a435a1a82b2405974aace76	348db8434dfba7037cd6ba7887b56b4d72c471bc04f276b74c28e32dc4f1ee0f
27	2026-12-07T01:36:03.509Z	\N	system	create	org_unit	12	\N	{"code":"Q9.LDTBXH","id":12,"kind":"department","name":"Phòng Lao động - Thương binh và Xã hội","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	348db8434dfba7037cd6ba7887b56b4d72c471bc04f276b74c28e32dc4f1ee0f	1fc6d7fbac9ac6205fbaaef8343b670a9d4478b14348d30b6d0ed7ea0fe38dad
28	2026-12-07T01:36:03.510Z	\N	system	create	person	16	\N	{"email":null,"full_name":"Nguyễn Ngọc Nga","id":16,"phone":null,"title":"Trưởng phòng Lao động - Thương binh và Xã hội","unit_id":12}	1fc6d7fbac9ac6205fbaaef8343b670a9d4478b14348d30b6d0ed7ea0fe38dad	5fc3a7b6d9b57afae3d2c129ccfa637e26f683ac747db8e21f0f66e051718c61
29	2026-12-07T01:36:03.511Z	\N	system	create	org_unit	13	\N	{"code":"Q9.TP","id":13,"kind":"department","name":"Phòng Tư pháp","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5fc3a7b6d9b57afae3d2c129ccfa637e26f683ac747db8e21f0f66e051718c61	d344230e140522ed0116f26a4723f52410ba0b58d38726a6530c8206770ae8bd
30	2026-12-07T01:36:03.512Z	\N	system	create	person	17	\N	{"email":null,"full_name":"Võ Đức Bình","id":17,"phone":null,"title":"Trưởng phòng Tư pháp","unit_id":13}	d344230e140522ed0116f26a4723f52410ba0b58d38726a6530c8206770ae8bd	e7288f781e569add59280473c9a6b856a4c7e01cb1cc3df7b7461149183e2eaa
31	2026-12-07T01:36:03.512Z	\N	system	create	org_unit	14	\N	{"code":"Q9.GDDT","id":14,"kind":"department","name":"Phòng Giáo dục và Đào tạo","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e7288f781e569add59280473c9a6b856a4c7e01cb1cc3df7b7461149183e2eaa	2066c88d47ecb478d28cb2e6cfe0012e42c34f1f18bb6f9f6cec8edfd6f9121b
32	2026-12-07T01:36:03.513Z	\N	system	create	person	18	\N	{"email":null,"full_name":"Lý Thị Long","id":18,"phone":null,"title":"Trưởng phòng Giáo dục và Đào tạo","unit_id":14}	2066c88d47ecb478d28cb2e6cfe0012e42c34f1f18bb6f9f6cec8edfd6f9121b	1aec6ac5364e2e75b2e2d267cb505fd3ca538192f2747acea73a3880563df0ed
33	2026-12-07T01:36:03.514Z	\N	system	create	org_unit	15	\N	{"code":"Q9.YT","id":15,"kind":"department","name":"Phòng Y tế","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1aec6ac5364e2e75b2e2d267cb505fd3ca538192f2747acea73a3880563df0ed	15c5e99c0ea068518002a3fd2d2a4b38bb8c6ec3463bc40d653218b97014f48d
34	2026-12-07T01:36:03.515Z	\N	system	create	person	19	\N	{"email":null,"full_name":"Phan Quốc Việt","id":19,"phone":null,"title":"Trưởng phòng Y tế","unit_id":15}	15c5e99c0ea068518002a3fd2d2a4b38bb8c6ec3463bc40d653218b97014f48d	c5e1d7429a2865af36df55c8ca8f9b11926d02e0a088c4f098f2830dd73a9afd
35	2026-12-07T01:36:03.516Z	\N	system	create	org_unit	16	\N	{"code":"Q9.VHTT","id":16,"kind":"department","name":"Phòng Văn hóa và Thông tin","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c5e1d7429a2865af36df55c8ca8f9b11926d02e0a088c4f098f2830dd73a9afd	b9a40551ee17d6ff920a48d010734841fe4a6c38334a7eb7bd3b42ac94638bbe
36	2026-12-07T01:36:03.517Z	\N	system	create	person	20	\N	{"email":null,"full_name":"Dương Thu Hùng","id":20,"phone":null,"title":"Trưởng phòng Văn hóa và Thông tin","unit_id":16}	b9a40551ee17d6ff920a48d010734841fe4a6c38334a7eb7bd3b42ac94638bbe	f6589bf0b8d3a06194e6b2fa9addbc9a765f4b5fdb4f663ce26db98f2ee355de
37	2026-12-07T01:36:03.518Z	\N	system	create	org_unit	17	\N	{"code":"Q9.TT","id":17,"kind":"department","name":"Thanh tra quận","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f6589bf0b8d3a06194e6b2fa9addbc9a765f4b5fdb4f663ce26db98f2ee355de	46266991b45e10398bed237defc75e753853eecb58495a344c5435fa5aa9efad
38	2026-12-07T01:36:03.519Z	\N	system	create	person	21	\N	{"email":null,"full_name":"Huỳnh Văn Thảo","id":21,"phone":null,"title":"Chánh Thanh tra","unit_id":17}	46266991b45e10398bed237defc75e753853eecb58495a344c5435fa5aa9efad	f54f71149d1d2f08cc3741b1ce9898e53e654df5b694c447adc319986bbdd717
39	2026-12-07T01:36:03.519Z	\N	system	create	org_unit	18	\N	{"code":"Q9.HIEPPHU","id":18,"kind":"ward","name":"Phường Hiệp Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f54f71149d1d2f08cc3741b1ce9898e53e654df5b694c447adc319986bbdd717	55eb8f9d2c12e482833510a8d5f62919073fe750de48543bb93e4d6fcf7ef3ce
40	2026-12-07T01:36:03.520Z	\N	system	create	person	22	\N	{"email":null,"full_name":"Ngô Thanh Hải","id":22,"phone":null,"title":"Chủ tịch UBND phường","unit_id":18}	55eb8f9d2c12e482833510a8d5f62919073fe750de48543bb93e4d6fcf7ef3ce	724d0e5da0748e25aeb4bc3ea38dee2e862e56796eb820c73ae495fce388b7eb
41	2026-12-07T01:36:03.521Z	\N	system	create	person	23	\N	{"email":null,"full_name":"Hoàng Hữu Quân","id":23,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":18}	724d0e5da0748e25aeb4bc3ea38dee2e862e56796eb820c73ae495fce388b7eb	6af722277acda1e8b2679f9c9a3c241f0fdbfbb6f73047c37077d2c4e8cf43e9
42	2026-12-07T01:36:03.522Z	\N	system	create	person	24	\N	{"email":null,"full_name":"Hồ Kim Dũng","id":24,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":18}	6af722277acda1e8b2679f9c9a3c241f0fdbfbb6f73047c37077d2c4e8cf43e9	70363986ea72f4eec755ce675ac7ee7283f3ee921d7ab1b034bd63ae11d999df
43	2026-12-07T01:36:03.523Z	\N	system	create	org_unit	19	\N	{"code":"Q9.HIEPPHU.MOTCUA","id":19,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	70363986ea72f4eec755ce675ac7ee7283f3ee921d7ab1b034bd63ae11d999df	1dc63df651b5d58e49c67c5a84762141a83ea92e6431fb168100d12c05e82f6b
44	2026-12-07T01:36:03.524Z	\N	system	create	org_unit	20	\N	{"code":"Q9.HIEPPHU.TDP01","id":20,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1dc63df651b5d58e49c67c5a84762141a83ea92e6431fb168100d12c05e82f6b	c30b66a8b5483bb8940c8cd1c512861fff6da2d77db9e8643e1ca5db14cc9769
45	2026-12-07T01:36:03.525Z	\N	system	create	person	25	\N	{"email":null,"full_name":"Phạm Minh Nam","id":25,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":20}	c30b66a8b5483bb8940c8cd1c512861fff6da2d77db9e8643e1ca5db14cc9769	b6cce1d5a24d6321af7bf778baf1e654b0e9a817789a7804ccb40bf3570932e4
46	2026-12-07T01:36:03.526Z	\N	system	create	org_unit	21	\N	{"code":"Q9.HIEPPHU.TDP02","id":21,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b6cce1d5a24d6321af7bf778baf1e654b0e9a817789a7804ccb40bf3570932e4	b6e1aacc9a4403f3e62c8b11344577c6c84601de36741ead3ef09384f16190fa
47	2026-12-07T01:36:03.527Z	\N	system	create	person	26	\N	{"email":null,"full_name":"Đỗ Ngọc An","id":26,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":21}	b6e1aacc9a4403f3e62c8b11344577c6c84601de36741ead3ef09384f16190fa	248ea8957768988bd062ecfa159074a3c5c812c1d058c7a539caecbb93a0930d
48	2026-12-07T01:36:03.528Z	\N	system	create	org_unit	22	\N	{"code":"Q9.HIEPPHU.TDP03","id":22,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	248ea8957768988bd062ecfa159074a3c5c812c1d058c7a539caecbb93a0930d	54eb0eef0939e189540c762ab495eb10b542e4d058c666a160b33998d74d828e
49	2026-12-07T01:36:03.528Z	\N	system	create	person	27	\N	{"email":null,"full_name":"Lê Đức Lan","id":27,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":22}	54eb0eef0939e189540c762ab495eb10b542e4d058c666a160b33998d74d828e	ab94c0e4ec5c20be512b446fc18b842c871f9ee55dce274ad208d3b99d30ec6e
50	2026-12-07T01:36:03.529Z	\N	system	create	org_unit	23	\N	{"code":"Q9.HIEPPHU.TDP04","id":23,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ab94c0e4ec5c20be512b446fc18b842c871f9ee55dce274ad208d3b99d30ec6e	c027d024051f56b27db5ac2c3a8508d9e3ef8b05625f8f048df9f18f308227bc
51	2026-12-07T01:36:03.530Z	\N	system	create	person	28	\N	{"email":null,"full_name":"Bùi Thị Uyên","id":28,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":23}	c027d024051f56b27db5ac2c3a8508d9e3ef8b05625f8f048df9f18f308227bc	1bf07b5cef3fafb3c9aee772c99bf1392c664eda89eff8d979386ee8b2de27d7
52	2026-12-07T01:36:03.531Z	\N	system	create	org_unit	24	\N	{"code":"Q9.HIEPPHU.TDP05","id":24,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Hiệp Phú","parent_id":18,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1bf07b5cef3fafb3c9aee772c99bf1392c664eda89eff8d979386ee8b2de27d7	7f3bb0253ba69bd54e286cf9d72cc49acb7127e60aa4aeff18c419c5f1248e68
53	2026-12-07T01:36:03.532Z	\N	system	create	person	29	\N	{"email":null,"full_name":"Trần Quốc Hòa","id":29,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":24}	7f3bb0253ba69bd54e286cf9d72cc49acb7127e60aa4aeff18c419c5f1248e68	8b6be8db6e045c7bedffe4b7a71de39bb80649e3eb33cce2b5e88f2dc2b0bde9
54	2026-12-07T01:36:03.533Z	\N	system	create	org_unit	25	\N	{"code":"Q9.LONGBINH","id":25,"kind":"ward","name":"Phường Long Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8b6be8db6e045c7bedffe4b7a71de39bb80649e3eb33cce2b5e88f2dc2b0bde9	d89e73f4b10dd0ec66f54422ca6b35c9d426c99f3da86300803c58a9c67e7b5c
55	2026-12-07T01:36:03.533Z	\N	system	create	person	30	\N	{"email":null,"full_name":"Đặng Thu Tâm","id":30,"phone":null,"title":"Chủ tịch UBND phường","unit_id":25}	d89e73f4b10dd0ec66f54422ca6b35c9d426c99f3da86300803c58a9c67e7b5c	ffcc1534ae3d31293dae1fe14a4514d75728aed9cb8f6c3899a239718690ac06
56	2026-12-07T01:36:03.534Z	\N	system	create	person	31	\N	{"email":null,"full_name":"Nguyễn Văn Hà","id":31,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":25}	ffcc1534ae3d31293dae1fe14a4514d75728aed9cb8f6c3899a239718690ac06	2299ac92a1912e9d5046b55b00119c92d70da6bf7ba7d1028e85dd61f7373765
57	2026-12-07T01:36:03.535Z	\N	system	create	person	32	\N	{"email":null,"full_name":"Võ Thanh Phúc","id":32,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":25}	2299ac92a1912e9d5046b55b00119c92d70da6bf7ba7d1028e85dd61f7373765	6391f75eb1aa43b42938b79e820e3bf7ced14834eec083a0d717c397d3803c3d
58	2026-12-07T01:36:03.536Z	\N	system	create	org_unit	26	\N	{"code":"Q9.LONGBINH.MOTCUA","id":26,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	6391f75eb1aa43b42938b79e820e3bf7ced14834eec083a0d717c397d3803c3d	32edf682c984552a3ddbc28bbdffde9256bcbaedf3d5ab7d85deea79f6f3bec9
59	2026-12-07T01:36:03.537Z	\N	system	create	org_unit	27	\N	{"code":"Q9.LONGBINH.TDP01","id":27,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	32edf682c984552a3ddbc28bbdffde9256bcbaedf3d5ab7d85deea79f6f3bec9	620a32b64b147b5b67e4085a21e46e066a249fec86c48c4d247cbd86e056c72d
60	2026-12-07T01:36:03.538Z	\N	system	create	person	33	\N	{"email":null,"full_name":"Lý Hữu Châu","id":33,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":27}	620a32b64b147b5b67e4085a21e46e066a249fec86c48c4d247cbd86e056c72d	a7ea6a71244611c9898790d9a56ba1bf33fdb3cca20bea535c04dab399261777
61	2026-12-07T01:36:03.539Z	\N	system	create	org_unit	28	\N	{"code":"Q9.LONGBINH.TDP02","id":28,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a7ea6a71244611c9898790d9a56ba1bf33fdb3cca20bea535c04dab399261777	dbd7db49d2fb360252a05a4b52b7d3a3b466c05ceca1abf4a30f9e934670b4cd
62	2026-12-07T01:36:03.540Z	\N	system	create	person	34	\N	{"email":null,"full_name":"Phan Kim Mai","id":34,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":28}	dbd7db49d2fb360252a05a4b52b7d3a3b466c05ceca1abf4a30f9e934670b4cd	a5081087b38a469cdbb67f459a58868b3ea08e54da5e56a4536070b7ab38b68c
63	2026-12-07T01:36:03.541Z	\N	system	create	org_unit	29	\N	{"code":"Q9.LONGBINH.TDP03","id":29,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a5081087b38a469cdbb67f459a58868b3ea08e54da5e56a4536070b7ab38b68c	13a529891078c1a36b65d882abbf349234ccbf5b737ae9d0d4c2321dd9d0dd60
64	2026-12-07T01:36:03.541Z	\N	system	create	person	35	\N	{"email":null,"full_name":"Dương Minh Yến","id":35,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":29}	13a529891078c1a36b65d882abbf349234ccbf5b737ae9d0d4c2321dd9d0dd60	a3535d50c693af64f83752e564cec209f044af1d2da78e080c73d692bdd62837
65	2026-12-07T01:36:03.542Z	\N	system	create	org_unit	30	\N	{"code":"Q9.LONGBINH.TDP04","id":30,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a3535d50c693af64f83752e564cec209f044af1d2da78e080c73d692bdd62837	89284d1a0fbdeaa859c9fc6e842d74d01a288981dd1747137bcfc0c0210ce6fa
66	2026-12-07T01:36:03.543Z	\N	system	create	person	36	\N	{"email":null,"full_name":"Huỳnh Ngọc Khánh","id":36,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":30}	89284d1a0fbdeaa859c9fc6e842d74d01a288981dd1747137bcfc0c0210ce6fa	b726fc35290678f41e2a7c73b37849db3ce002e1ff8079ae5daf473cacbbfd27
67	2026-12-07T01:36:03.544Z	\N	system	create	org_unit	31	\N	{"code":"Q9.LONGBINH.TDP05","id":31,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Bình","parent_id":25,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b726fc35290678f41e2a7c73b37849db3ce002e1ff8079ae5daf473cacbbfd27	695e62eb52af93ec4185704da4dc5bbcf22cea786673da7ee470333004af56a5
68	2026-12-07T01:36:03.545Z	\N	system	create	person	37	\N	{"email":null,"full_name":"Ngô Đức Tuấn","id":37,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":31}	695e62eb52af93ec4185704da4dc5bbcf22cea786673da7ee470333004af56a5	2899ae5e8fae3af37bce40a8ee11d0965d9068de87b9df8553062a572b971375
69	2026-12-07T01:36:03.546Z	\N	system	create	org_unit	32	\N	{"code":"Q9.LONGPHUOC","id":32,"kind":"ward","name":"Phường Long Phước","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2899ae5e8fae3af37bce40a8ee11d0965d9068de87b9df8553062a572b971375	9341c60da30e362c7d9363e5104c73fe9e686f8b2bf7db13246804e811769600
70	2026-12-07T01:36:03.547Z	\N	system	create	person	38	\N	{"email":null,"full_name":"Hoàng Thị Hạnh","id":38,"phone":null,"title":"Chủ tịch UBND phường","unit_id":32}	9341c60da30e362c7d9363e5104c73fe9e686f8b2bf7db13246804e811769600	c3a56d2f20f10ad082c818e4ea64c307d9574cd282c5cba5a5272f539cf20643
71	2026-12-07T01:36:03.547Z	\N	system	create	person	39	\N	{"email":null,"full_name":"Hồ Quốc Sơn","id":39,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":32}	c3a56d2f20f10ad082c818e4ea64c307d9574cd282c5cba5a5272f539cf20643	e992ed3bc752e321687b7cb30e0bd6567b20ec67d71a16b8da3f3e45560dbce7
72	2026-12-07T01:36:03.548Z	\N	system	create	person	40	\N	{"email":null,"full_name":"Phạm Thu Giang","id":40,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":32}	e992ed3bc752e321687b7cb30e0bd6567b20ec67d71a16b8da3f3e45560dbce7	c43ab5cfb2ccd4f9cdd490277d5260415b9da84d979a370112d4dff67483b109
73	2026-12-07T01:36:03.549Z	\N	system	create	org_unit	33	\N	{"code":"Q9.LONGPHUOC.MOTCUA","id":33,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	c43ab5cfb2ccd4f9cdd490277d5260415b9da84d979a370112d4dff67483b109	ab7968ca5af7811e86c455dde02a1bcf9b2975d9dbd5f21a4e62ca5a8145c3c2
74	2026-12-07T01:36:03.550Z	\N	system	create	org_unit	34	\N	{"code":"Q9.LONGPHUOC.TDP01","id":34,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	ab7968ca5af7811e86c455dde02a1bcf9b2975d9dbd5f21a4e62ca5a8145c3c2	97951de1a109ed9345684173f9133037ce623db305972f8512d255b66c860341
75	2026-12-07T01:36:03.551Z	\N	system	create	person	41	\N	{"email":null,"full_name":"Đỗ Văn Nga","id":41,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":34}	97951de1a109ed9345684173f9133037ce623db305972f8512d255b66c860341	e45d11a1f4bcb2dc6c6a37210412bbdbb03ee608406279ed19de4eaca25aba60
76	2026-12-07T01:36:03.552Z	\N	system	create	org_unit	35	\N	{"code":"Q9.LONGPHUOC.TDP02","id":35,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e45d11a1f4bcb2dc6c6a37210412bbdbb03ee608406279ed19de4eaca25aba60	2e6ad78492db647fbceebaebad2a3c3c62dcf95db04042cfef909811ea8366bb
77	2026-12-07T01:36:03.552Z	\N	system	create	person	42	\N	{"email":null,"full_name":"Lê Thanh Bình","id":42,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":35}	2e6ad78492db647fbceebaebad2a3c3c62dcf95db04042cfef909811ea8366bb	7988e5c7b800d8dc3e349b0ef3c466e231d8fc3939fbc514720f37afefeafd5a
78	2026-12-07T01:36:03.553Z	\N	system	create	org_unit	36	\N	{"code":"Q9.LONGPHUOC.TDP03","id":36,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7988e5c7b800d8dc3e349b0ef3c466e231d8fc3939fbc514720f37afefeafd5a	513235568dc46c3df34c07ac9993a7c88846fbfe08eee2bbb09960faae382f3b
79	2026-12-07T01:36:03.554Z	\N	system	create	person	43	\N	{"email":null,"full_name":"Bùi Hữu Long","id":43,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":36}	513235568dc46c3df34c07ac9993a7c88846fbfe08eee2bbb09960faae382f3b	6da1ab91c03894dde68d18834420f62b400ec03f9a5c26a89610cf6133a3877e
80	2026-12-07T01:36:03.555Z	\N	system	create	org_unit	37	\N	{"code":"Q9.LONGPHUOC.TDP04","id":37,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6da1ab91c03894dde68d18834420f62b400ec03f9a5c26a89610cf6133a3877e	fba6a3329e1d5bdd44cf889d8f6f32dfad886b85977f5c61dfc12dd1884db0e7
81	2026-12-07T01:36:03.556Z	\N	system	create	person	44	\N	{"email":null,"full_name":"Trần Kim Việt","id":44,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":37}	fba6a3329e1d5bdd44cf889d8f6f32dfad886b85977f5c61dfc12dd1884db0e7	1888caf5de03b9f0d958b889a56bf38a633f52e47c3d0413d43823727a9aae75
82	2026-12-07T01:36:03.557Z	\N	system	create	org_unit	38	\N	{"code":"Q9.LONGPHUOC.TDP05","id":38,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Phước","parent_id":32,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1888caf5de03b9f0d958b889a56bf38a633f52e47c3d0413d43823727a9aae75	97a5066db8db025a64ad3f3adbb8fab7eb58cec2ab69cacb7be426f127ed7b05
83	2026-12-07T01:36:03.558Z	\N	system	create	person	45	\N	{"email":null,"full_name":"Đặng Minh Hùng","id":45,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":38}	97a5066db8db025a64ad3f3adbb8fab7eb58cec2ab69cacb7be426f127ed7b05	1d450ba4275c1eed3751e874eb5a8988260059c2282ddf2cc5c3852917c660a1
84	2026-12-07T01:36:03.559Z	\N	system	create	org_unit	39	\N	{"code":"Q9.LONGTHANHMY","id":39,"kind":"ward","name":"Phường Long Thạnh Mỹ","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1d450ba4275c1eed3751e874eb5a8988260059c2282ddf2cc5c3852917c660a1	2cf070aa6447794834d94f8e080022ac72400da67aef52966c0ea8e29fc7b06a
85	2026-12-07T01:36:03.559Z	\N	system	create	person	46	\N	{"email":null,"full_name":"Nguyễn Ngọc Thảo","id":46,"phone":null,"title":"Chủ tịch UBND phường","unit_id":39}	2cf070aa6447794834d94f8e080022ac72400da67aef52966c0ea8e29fc7b06a	c354754fa9155f50bbc4338efad1bb3dc43ecd9fca29b8a1e2e308de5daf7dd6
86	2026-12-07T01:36:03.560Z	\N	system	create	person	47	\N	{"email":null,"full_name":"Võ Đức Hải","id":47,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":39}	c354754fa9155f50bbc4338efad1bb3dc43ecd9fca29b8a1e2e308de5daf7dd6	b11a37d2180f96e9f301d44ab3481f118425fa3934981bdafe37622b9ca52201
87	2026-12-07T01:36:03.561Z	\N	system	create	person	48	\N	{"email":null,"full_name":"Lý Thị Quân","id":48,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":39}	b11a37d2180f96e9f301d44ab3481f118425fa3934981bdafe37622b9ca52201	d10a6e473ae73ddd1dd9d33c8b715288e2fb6c08a14c6e3e35ee35bfdd38430b
88	2026-12-07T01:36:03.562Z	\N	system	create	org_unit	40	\N	{"code":"Q9.LONGTHANHMY.MOTCUA","id":40,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	d10a6e473ae73ddd1dd9d33c8b715288e2fb6c08a14c6e3e35ee35bfdd38430b	8b23fd583700b80badf4020b58885b42f6467a36ab320fce20247e4e57ab8f3e
89	2026-12-07T01:36:03.563Z	\N	system	create	org_unit	41	\N	{"code":"Q9.LONGTHANHMY.TDP01","id":41,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8b23fd583700b80badf4020b58885b42f6467a36ab320fce20247e4e57ab8f3e	5572d1f24686a0cae5310ad66e879f3eb18c8e1efca36893163243c7832b450a
90	2026-12-07T01:36:03.564Z	\N	system	create	person	49	\N	{"email":null,"full_name":"Phan Quốc Dũng","id":49,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":41}	5572d1f24686a0cae5310ad66e879f3eb18c8e1efca36893163243c7832b450a	55339522d7458b48972a464faadeb38d731864f3bdb3974011798147ecda9af0
91	2026-12-07T01:36:03.565Z	\N	system	create	org_unit	42	\N	{"code":"Q9.LONGTHANHMY.TDP02","id":42,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	55339522d7458b48972a464faadeb38d731864f3bdb3974011798147ecda9af0	533c74931e6a468d38c8688d6e61f64340181ba0d38f45c037fc3da0f400bfb7
92	2026-12-07T01:36:03.565Z	\N	system	create	person	50	\N	{"email":null,"full_name":"Dương Thu Nam","id":50,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":42}	533c74931e6a468d38c8688d6e61f64340181ba0d38f45c037fc3da0f400bfb7	faad592663e8ede87070ebd25289c32f250d3e4254423b02ef24fa88d6de8590
93	2026-12-07T01:36:03.566Z	\N	system	create	org_unit	43	\N	{"code":"Q9.LONGTHANHMY.TDP03","id":43,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	faad592663e8ede87070ebd25289c32f250d3e4254423b02ef24fa88d6de8590	300605dc669b7273cab6ea84ce3dd1b0167ac267ddb91f054038df64484a9aaf
94	2026-12-07T01:36:03.567Z	\N	system	create	person	51	\N	{"email":null,"full_name":"Huỳnh Văn An","id":51,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":43}	300605dc669b7273cab6ea84ce3dd1b0167ac267ddb91f054038df64484a9aaf	0a5af8dff8b9694a960ea23cdab3766a15f92771d1a8119df363633423b9bd3f
95	2026-12-07T01:36:03.568Z	\N	system	create	org_unit	44	\N	{"code":"Q9.LONGTHANHMY.TDP04","id":44,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	0a5af8dff8b9694a960ea23cdab3766a15f92771d1a8119df363633423b9bd3f	9fbd2f6e69b0113c3bafdd9ef2dcfa33f6faf882c6af57dcd78d9822896f39e4
96	2026-12-07T01:36:03.568Z	\N	system	create	person	52	\N	{"email":null,"full_name":"Ngô Thanh Lan","id":52,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":44}	9fbd2f6e69b0113c3bafdd9ef2dcfa33f6faf882c6af57dcd78d9822896f39e4	8f0c037684b885ea7a381cee3a317866285231cb9b216d6876b047e462bf56fd
97	2026-12-07T01:36:03.569Z	\N	system	create	org_unit	45	\N	{"code":"Q9.LONGTHANHMY.TDP05","id":45,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Thạnh Mỹ","parent_id":39,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8f0c037684b885ea7a381cee3a317866285231cb9b216d6876b047e462bf56fd	6b2a5da877c3a7ce1c221df6e2275549a9be5a73418fd69c15850cd2a657c8e5
98	2026-12-07T01:36:03.570Z	\N	system	create	person	53	\N	{"email":null,"full_name":"Hoàng Hữu Uyên","id":53,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":45}	6b2a5da877c3a7ce1c221df6e2275549a9be5a73418fd69c15850cd2a657c8e5	9d7db0bc9e4b0e26f432a25439fbbcb699e309014301322e62a8091e06324dfa
99	2026-12-07T01:36:03.571Z	\N	system	create	org_unit	46	\N	{"code":"Q9.LONGTRUONG","id":46,"kind":"ward","name":"Phường Long Trường","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9d7db0bc9e4b0e26f432a25439fbbcb699e309014301322e62a8091e06324dfa	eb763969cd7b5b704d268037fd8e341b24376e3b803ceca3ff308a83aba5c971
100	2026-12-07T01:36:03.572Z	\N	system	create	person	54	\N	{"email":null,"full_name":"Hồ Kim Hòa","id":54,"phone":null,"title":"Chủ tịch UBND phường","unit_id":46}	eb763969cd7b5b704d268037fd8e341b24376e3b803ceca3ff308a83aba5c971	3a9e85dbaa1414ef4b1198919db574bc4ca071102e3fd5c51ced1c5428df869b
101	2026-12-07T01:36:03.572Z	\N	system	create	person	55	\N	{"email":null,"full_name":"Phạm Minh Tâm","id":55,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":46}	3a9e85dbaa1414ef4b1198919db574bc4ca071102e3fd5c51ced1c5428df869b	97c0c90a1822a0a49375ab8f089e689aaf4133254dfafcc13e276794c49a5758
102	2026-12-07T01:36:03.573Z	\N	system	create	person	56	\N	{"email":null,"full_name":"Đỗ Ngọc Hà","id":56,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":46}	97c0c90a1822a0a49375ab8f089e689aaf4133254dfafcc13e276794c49a5758	5b166fda979e0f31053be7e07970f0567eab49e7033b1d1e982c9ea1d5118f4d
103	2026-12-07T01:36:03.574Z	\N	system	create	org_unit	47	\N	{"code":"Q9.LONGTRUONG.MOTCUA","id":47,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	5b166fda979e0f31053be7e07970f0567eab49e7033b1d1e982c9ea1d5118f4d	b7275ea0a135265154a9f4278620ae52d64469478f49caa2d001956bf4d0b566
104	2026-12-07T01:36:03.575Z	\N	system	create	org_unit	48	\N	{"code":"Q9.LONGTRUONG.TDP01","id":48,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b7275ea0a135265154a9f4278620ae52d64469478f49caa2d001956bf4d0b566	f23ccd508447a43e3251668bc806c71d32a9dd8c19d375b033af9c0a7fdd862e
105	2026-12-07T01:36:03.576Z	\N	system	create	person	57	\N	{"email":null,"full_name":"Lê Đức Phúc","id":57,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":48}	f23ccd508447a43e3251668bc806c71d32a9dd8c19d375b033af9c0a7fdd862e	c08eaac1d1f23117d9714585bd3243e82a8b33a7113fed71f7e55a5de7327d8f
106	2026-12-07T01:36:03.577Z	\N	system	create	org_unit	49	\N	{"code":"Q9.LONGTRUONG.TDP02","id":49,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	c08eaac1d1f23117d9714585bd3243e82a8b33a7113fed71f7e55a5de7327d8f	4183504ec3069b7ea79ce29e615d884bd5e8479b413124183055509b6571b7a5
107	2026-12-07T01:36:03.578Z	\N	system	create	person	58	\N	{"email":null,"full_name":"Bùi Thị Châu","id":58,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":49}	4183504ec3069b7ea79ce29e615d884bd5e8479b413124183055509b6571b7a5	f939d1fd0683b89d26070610f77fc9cd117ae74651713332280bead1b8ee4819
108	2026-12-07T01:36:03.578Z	\N	system	create	org_unit	50	\N	{"code":"Q9.LONGTRUONG.TDP03","id":50,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f939d1fd0683b89d26070610f77fc9cd117ae74651713332280bead1b8ee4819	f9b970009bfa1b79a3a918a41c8e2f0c54ab9fe70d35eff71de265a31d74c1d7
109	2026-12-07T01:36:03.579Z	\N	system	create	person	59	\N	{"email":null,"full_name":"Trần Quốc Mai","id":59,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":50}	f9b970009bfa1b79a3a918a41c8e2f0c54ab9fe70d35eff71de265a31d74c1d7	e045f68df99c352f643d88a8b3d27424fcff17c9aad61bfa4527d2a26680cd18
110	2026-12-07T01:36:03.580Z	\N	system	create	org_unit	51	\N	{"code":"Q9.LONGTRUONG.TDP04","id":51,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e045f68df99c352f643d88a8b3d27424fcff17c9aad61bfa4527d2a26680cd18	ed84dffe8624cdc39b0f60c999f4b267cb12ff759cd416d4f97205210c1bcbd8
111	2026-12-07T01:36:03.581Z	\N	system	create	person	60	\N	{"email":null,"full_name":"Đặng Thu Yến","id":60,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":51}	ed84dffe8624cdc39b0f60c999f4b267cb12ff759cd416d4f97205210c1bcbd8	857b9bc8d2608257e1cabdb784f60b73414072ef4e7c97dea472414627d89ea6
112	2026-12-07T01:36:03.582Z	\N	system	create	org_unit	52	\N	{"code":"Q9.LONGTRUONG.TDP05","id":52,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Long Trường","parent_id":46,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	857b9bc8d2608257e1cabdb784f60b73414072ef4e7c97dea472414627d89ea6	7b53265100785ee7a31cd4bf7c258c585f3f16e920c22fc23558f79f2ad07bca
113	2026-12-07T01:36:03.583Z	\N	system	create	person	61	\N	{"email":null,"full_name":"Nguyễn Văn Khánh","id":61,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":52}	7b53265100785ee7a31cd4bf7c258c585f3f16e920c22fc23558f79f2ad07bca	a59880eab6be9740e77da5c43073761642645bfd43407dfb4485b16fcf4b6d89
114	2026-12-07T01:36:03.584Z	\N	system	create	org_unit	53	\N	{"code":"Q9.PHUHUU","id":53,"kind":"ward","name":"Phường Phú Hữu","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a59880eab6be9740e77da5c43073761642645bfd43407dfb4485b16fcf4b6d89	c33b9a1fe23607d421f5676cb508551d0a97bcd539ea28a3562baea90b3376ff
115	2026-12-07T01:36:03.585Z	\N	system	create	person	62	\N	{"email":null,"full_name":"Võ Thanh Tuấn","id":62,"phone":null,"title":"Chủ tịch UBND phường","unit_id":53}	c33b9a1fe23607d421f5676cb508551d0a97bcd539ea28a3562baea90b3376ff	d530178b7c2bf2bb551ab5aa09caf0f54269c9b1b7b110525b51c2665f769e86
116	2026-12-07T01:36:03.586Z	\N	system	create	person	63	\N	{"email":null,"full_name":"Lý Hữu Hạnh","id":63,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":53}	d530178b7c2bf2bb551ab5aa09caf0f54269c9b1b7b110525b51c2665f769e86	4403e6dce6d161968948da6213f3a9fb9f49965dcb4c4ff4d35d8ee3ccfbeabd
117	2026-12-07T01:36:03.586Z	\N	system	create	person	64	\N	{"email":null,"full_name":"Phan Kim Sơn","id":64,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":53}	4403e6dce6d161968948da6213f3a9fb9f49965dcb4c4ff4d35d8ee3ccfbeabd	1779dd9a0db46c818704b12b65621bd84e244708cd610a695e087662f9f2d4e7
118	2026-12-07T01:36:03.587Z	\N	system	create	org_unit	54	\N	{"code":"Q9.PHUHUU.MOTCUA","id":54,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	1779dd9a0db46c818704b12b65621bd84e244708cd610a695e087662f9f2d4e7	36eb27a44014a270e1ad353fd4541a5c5772eb52c2b0192c4b0aaace9cf99a10
119	2026-12-07T01:36:03.588Z	\N	system	create	org_unit	55	\N	{"code":"Q9.PHUHUU.TDP01","id":55,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	36eb27a44014a270e1ad353fd4541a5c5772eb52c2b0192c4b0aaace9cf99a10	76e252c55961320e88a06ecbffcb32a4e3cb5e8e6d4a8b9fb759a0af9acdcbe4
120	2026-12-07T01:36:03.589Z	\N	system	create	person	65	\N	{"email":null,"full_name":"Dương Minh Giang","id":65,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":55}	76e252c55961320e88a06ecbffcb32a4e3cb5e8e6d4a8b9fb759a0af9acdcbe4	5f83509f7e8876294418360bc054cc746b8451bd70eb3a45f36e1af1ace9c1f0
121	2026-12-07T01:36:03.590Z	\N	system	create	org_unit	56	\N	{"code":"Q9.PHUHUU.TDP02","id":56,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5f83509f7e8876294418360bc054cc746b8451bd70eb3a45f36e1af1ace9c1f0	6054b91c55b2f6b55f518d513a0c4cf03e1711fe8b281622dcb1b50a4d1ffd1c
122	2026-12-07T01:36:03.591Z	\N	system	create	person	66	\N	{"email":null,"full_name":"Huỳnh Ngọc Nga","id":66,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":56}	6054b91c55b2f6b55f518d513a0c4cf03e1711fe8b281622dcb1b50a4d1ffd1c	1d8d0b7f9b238adb85304a3948ba502bd98c776b8e3317f05dfc08146c998635
123	2026-12-07T01:36:03.591Z	\N	system	create	org_unit	57	\N	{"code":"Q9.PHUHUU.TDP03","id":57,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1d8d0b7f9b238adb85304a3948ba502bd98c776b8e3317f05dfc08146c998635	3a35f293710dc8caee95cc3474aca5131a5d7f7effe93d218aba10799bdc076b
124	2026-12-07T01:36:03.592Z	\N	system	create	person	67	\N	{"email":null,"full_name":"Ngô Đức Bình","id":67,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":57}	3a35f293710dc8caee95cc3474aca5131a5d7f7effe93d218aba10799bdc076b	8d6937d354a31bda245f3059685e4b2f151631cefc9eb7346ed2a124ca49cddc
125	2026-12-07T01:36:03.593Z	\N	system	create	org_unit	58	\N	{"code":"Q9.PHUHUU.TDP04","id":58,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8d6937d354a31bda245f3059685e4b2f151631cefc9eb7346ed2a124ca49cddc	42c75ae98baee68880da1d2372d3b6da8be2a724da9c1be87dae0e1e5e2b07ee
126	2026-12-07T01:36:03.594Z	\N	system	create	person	68	\N	{"email":null,"full_name":"Hoàng Thị Long","id":68,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":58}	42c75ae98baee68880da1d2372d3b6da8be2a724da9c1be87dae0e1e5e2b07ee	bbb998ab610e433e9e9c0fa00d433afbe41e3bb0de14a71b544f5e065986838d
127	2026-12-07T01:36:03.594Z	\N	system	create	org_unit	59	\N	{"code":"Q9.PHUHUU.TDP05","id":59,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phú Hữu","parent_id":53,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bbb998ab610e433e9e9c0fa00d433afbe41e3bb0de14a71b544f5e065986838d	b8ed157ef509e48084b02343027e3275fa05a9058bbce051f0e24e9f7e2f36b7
128	2026-12-07T01:36:03.595Z	\N	system	create	person	69	\N	{"email":null,"full_name":"Hồ Quốc Việt","id":69,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":59}	b8ed157ef509e48084b02343027e3275fa05a9058bbce051f0e24e9f7e2f36b7	1b7c809b4ba45c61dfb8d93722fea9a1d515205e8c647ba5270683389e95ebc2
129	2026-12-07T01:36:03.596Z	\N	system	create	org_unit	60	\N	{"code":"Q9.PHUOCBINH","id":60,"kind":"ward","name":"Phường Phước Bình","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	1b7c809b4ba45c61dfb8d93722fea9a1d515205e8c647ba5270683389e95ebc2	ed0a86a56fdaf113b3f2af0ebcf756a1d98167fcf2d871982689f02eb0a0095c
130	2026-12-07T01:36:03.597Z	\N	system	create	person	70	\N	{"email":null,"full_name":"Phạm Thu Hùng","id":70,"phone":null,"title":"Chủ tịch UBND phường","unit_id":60}	ed0a86a56fdaf113b3f2af0ebcf756a1d98167fcf2d871982689f02eb0a0095c	7c6c908172c7f4b5c3671099b6b6fbd6f13319635608957eb90cd6dff3089c95
131	2026-12-07T01:36:03.597Z	\N	system	create	person	71	\N	{"email":null,"full_name":"Đỗ Văn Thảo","id":71,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":60}	7c6c908172c7f4b5c3671099b6b6fbd6f13319635608957eb90cd6dff3089c95	c6321232758456edb6bd6744552bd6fc4d24d2db0c01e109305f3e0d6d3faa22
132	2026-12-07T01:36:03.598Z	\N	system	create	person	72	\N	{"email":null,"full_name":"Lê Thanh Hải","id":72,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":60}	c6321232758456edb6bd6744552bd6fc4d24d2db0c01e109305f3e0d6d3faa22	a77cd22e948681048c34427098b3037562d9926d5279033bc183b41acfbf4f03
133	2026-12-07T01:36:03.599Z	\N	system	create	org_unit	61	\N	{"code":"Q9.PHUOCBINH.MOTCUA","id":61,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a77cd22e948681048c34427098b3037562d9926d5279033bc183b41acfbf4f03	af085a2fdb2eaa9c4e244427810a069a2cafaf77ddb801a3d47c35d01e844231
134	2026-12-07T01:36:03.600Z	\N	system	create	org_unit	62	\N	{"code":"Q9.PHUOCBINH.TDP01","id":62,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	af085a2fdb2eaa9c4e244427810a069a2cafaf77ddb801a3d47c35d01e844231	88d389b431cca10f4dd0b8c64487f984054cd3f90201b7d9c812862e227f5a79
135	2026-12-07T01:36:03.601Z	\N	system	create	person	73	\N	{"email":null,"full_name":"Bùi Hữu Quân","id":73,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":62}	88d389b431cca10f4dd0b8c64487f984054cd3f90201b7d9c812862e227f5a79	965eec6c44f7a23f241d3551076a9f180718a1b94a6bb7ddabf24f77ff66cf9b
136	2026-12-07T01:36:03.602Z	\N	system	create	org_unit	63	\N	{"code":"Q9.PHUOCBINH.TDP02","id":63,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	965eec6c44f7a23f241d3551076a9f180718a1b94a6bb7ddabf24f77ff66cf9b	23b76fd08ecd5bcd85a5e2c37ee04bd62e25fcf8ca4cac23961ca24557e42f6c
137	2026-12-07T01:36:03.603Z	\N	system	create	person	74	\N	{"email":null,"full_name":"Trần Kim Dũng","id":74,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":63}	23b76fd08ecd5bcd85a5e2c37ee04bd62e25fcf8ca4cac23961ca24557e42f6c	7566f4ad8414880fa1acefe00d7fa6e1a45a05d4747a3994640eeb56506f5497
138	2026-12-07T01:36:03.605Z	\N	system	create	org_unit	64	\N	{"code":"Q9.PHUOCBINH.TDP03","id":64,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7566f4ad8414880fa1acefe00d7fa6e1a45a05d4747a3994640eeb56506f5497	32e63e5c1eb4ec59e7cae545227b768d0a346615791d49185d1b758428d960f8
139	2026-12-07T01:36:03.606Z	\N	system	create	person	75	\N	{"email":null,"full_name":"Đặng Minh Nam","id":75,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":64}	32e63e5c1eb4ec59e7cae545227b768d0a346615791d49185d1b758428d960f8	f7338170c56dade24b44a61b3233b5c97eca362586491ce607e629e460d46bb2
140	2026-12-07T01:36:03.607Z	\N	system	create	org_unit	65	\N	{"code":"Q9.PHUOCBINH.TDP04","id":65,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	f7338170c56dade24b44a61b3233b5c97eca362586491ce607e629e460d46bb2	875092cacdb55ceca61438f2b0490fd11ba8a88cf7f2a4711294ce7d2dc54ff9
141	2026-12-07T01:36:03.608Z	\N	system	create	person	76	\N	{"email":null,"full_name":"Nguyễn Ngọc An","id":76,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":65}	875092cacdb55ceca61438f2b0490fd11ba8a88cf7f2a4711294ce7d2dc54ff9	95fdc984f50d6a3ffd026a4b7c93543a53d2f98b3d14107b526c50a518bf506d
142	2026-12-07T01:36:03.609Z	\N	system	create	org_unit	66	\N	{"code":"Q9.PHUOCBINH.TDP05","id":66,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Bình","parent_id":60,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	95fdc984f50d6a3ffd026a4b7c93543a53d2f98b3d14107b526c50a518bf506d	2ba6e9661b081d23e38a5ad619800ca6694efe6bbb7e453ec399488507fe0604
143	2026-12-07T01:36:03.611Z	\N	system	create	person	77	\N	{"email":null,"full_name":"Võ Đức Lan","id":77,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":66}	2ba6e9661b081d23e38a5ad619800ca6694efe6bbb7e453ec399488507fe0604	e794896fe5db3fb0fe0a5ffe0e5c1b8859e531bc8b7d4f05ca8d824bbb079486
144	2026-12-07T01:36:03.612Z	\N	system	create	org_unit	67	\N	{"code":"Q9.PHUOCLONGA","id":67,"kind":"ward","name":"Phường Phước Long A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e794896fe5db3fb0fe0a5ffe0e5c1b8859e531bc8b7d4f05ca8d824bbb079486	2699265d574fdc250edce56774ff3949e0214b91ccfc04ecaf9be06760b81ea5
145	2026-12-07T01:36:03.615Z	\N	system	create	person	78	\N	{"email":null,"full_name":"Lý Thị Uyên","id":78,"phone":null,"title":"Chủ tịch UBND phường","unit_id":67}	2699265d574fdc250edce56774ff3949e0214b91ccfc04ecaf9be06760b81ea5	133a84d2295e44679bf4de69df4a48131cf7fe1689d677bd821b0b248d04b8cc
146	2026-12-07T01:36:03.616Z	\N	system	create	person	79	\N	{"email":null,"full_name":"Phan Quốc Hòa","id":79,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":67}	133a84d2295e44679bf4de69df4a48131cf7fe1689d677bd821b0b248d04b8cc	5b815348ab5cc219c1450ea977b5c4a016df30cf6d071f4bb337c3fdae45be47
147	2026-12-07T01:36:03.617Z	\N	system	create	person	80	\N	{"email":null,"full_name":"Dương Thu Tâm","id":80,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":67}	5b815348ab5cc219c1450ea977b5c4a016df30cf6d071f4bb337c3fdae45be47	0ec8ba3df47bf43a7729d66e12bcc0ce01f9d5bacab1d8b9b669ae74216b1003
148	2026-12-07T01:36:03.618Z	\N	system	create	org_unit	68	\N	{"code":"Q9.PHUOCLONGA.MOTCUA","id":68,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	0ec8ba3df47bf43a7729d66e12bcc0ce01f9d5bacab1d8b9b669ae74216b1003	a13885aeaabed71f4ff944edf89ee9dfe2f8aa7ea61c93ccdbbacb3fafe95317
149	2026-12-07T01:36:03.618Z	\N	system	create	org_unit	69	\N	{"code":"Q9.PHUOCLONGA.TDP01","id":69,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	a13885aeaabed71f4ff944edf89ee9dfe2f8aa7ea61c93ccdbbacb3fafe95317	75f4cb20b3acb0bb88c68af169b3b4684f1b3ba184e99cb6b765adcb4cd5f6c3
150	2026-12-07T01:36:03.619Z	\N	system	create	person	81	\N	{"email":null,"full_name":"Huỳnh Văn Hà","id":81,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":69}	75f4cb20b3acb0bb88c68af169b3b4684f1b3ba184e99cb6b765adcb4cd5f6c3	be8524fc68a31d35509909e9f69e0ef3ab959d070f312ea59e94028f06f01ec2
151	2026-12-07T01:36:03.620Z	\N	system	create	org_unit	70	\N	{"code":"Q9.PHUOCLONGA.TDP02","id":70,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	be8524fc68a31d35509909e9f69e0ef3ab959d070f312ea59e94028f06f01ec2	33562ab3373485f35001fd8aa5dfd5f228a248fc98dda9f0b97d89dff85544b4
152	2026-12-07T01:36:03.621Z	\N	system	create	person	82	\N	{"email":null,"full_name":"Ngô Thanh Phúc","id":82,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":70}	33562ab3373485f35001fd8aa5dfd5f228a248fc98dda9f0b97d89dff85544b4	7b1b51e0e31c6ba93492e101ae4348ec26efe87229dc738747dce5b4ae3d1075
153	2026-12-07T01:36:03.622Z	\N	system	create	org_unit	71	\N	{"code":"Q9.PHUOCLONGA.TDP03","id":71,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7b1b51e0e31c6ba93492e101ae4348ec26efe87229dc738747dce5b4ae3d1075	73f506ea95b62803c497cedfe85796cb0e573b05cca486d850219883bd086b33
154	2026-12-07T01:36:03.624Z	\N	system	create	person	83	\N	{"email":null,"full_name":"Hoàng Hữu Châu","id":83,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":71}	73f506ea95b62803c497cedfe85796cb0e573b05cca486d850219883bd086b33	b5c0d97fee4e770786d8c9c4b751bb58bc0b8b008e472494c90f87616b4e69dc
155	2026-12-07T01:36:03.625Z	\N	system	create	org_unit	72	\N	{"code":"Q9.PHUOCLONGA.TDP04","id":72,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	b5c0d97fee4e770786d8c9c4b751bb58bc0b8b008e472494c90f87616b4e69dc	7967e487245717d5a36894b96a1dda052591a6ce797fc058ee41cd80b7ba350d
156	2026-12-07T01:36:03.626Z	\N	system	create	person	84	\N	{"email":null,"full_name":"Hồ Kim Mai","id":84,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":72}	7967e487245717d5a36894b96a1dda052591a6ce797fc058ee41cd80b7ba350d	fc5a182dfee149bd6a6205f2df17357512d83b06ae439be6eb5d3c21f5c05d22
157	2026-12-07T01:36:03.627Z	\N	system	create	org_unit	73	\N	{"code":"Q9.PHUOCLONGA.TDP05","id":73,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long A","parent_id":67,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fc5a182dfee149bd6a6205f2df17357512d83b06ae439be6eb5d3c21f5c05d22	4723d74322c43589418de73984afb9ed35d82a35779a83a141f498921cd36038
158	2026-12-07T01:36:03.628Z	\N	system	create	person	85	\N	{"email":null,"full_name":"Phạm Minh Yến","id":85,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":73}	4723d74322c43589418de73984afb9ed35d82a35779a83a141f498921cd36038	4d0a31979ca3849d75a905dedac7fe4621b18d5e8e1c9411ac8ca4c411df28df
159	2026-12-07T01:36:03.629Z	\N	system	create	org_unit	74	\N	{"code":"Q9.PHUOCLONGB","id":74,"kind":"ward","name":"Phường Phước Long B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	4d0a31979ca3849d75a905dedac7fe4621b18d5e8e1c9411ac8ca4c411df28df	d002f3103f42a9a7c38de547de265a5fc32a2d5af4f1ba9aa71df8fabbe88c22
160	2026-12-07T01:36:03.630Z	\N	system	create	person	86	\N	{"email":null,"full_name":"Đỗ Ngọc Khánh","id":86,"phone":null,"title":"Chủ tịch UBND phường","unit_id":74}	d002f3103f42a9a7c38de547de265a5fc32a2d5af4f1ba9aa71df8fabbe88c22	f1a35c3039253672715a6f408fa48bf2a1cbc7b2c47a12b4548d79c5a4d092f2
161	2026-12-07T01:36:03.631Z	\N	system	create	person	87	\N	{"email":null,"full_name":"Lê Đức Tuấn","id":87,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":74}	f1a35c3039253672715a6f408fa48bf2a1cbc7b2c47a12b4548d79c5a4d092f2	385f77392d1417e1d6060df4081b62f78d25c60ef616b4b2cc1f0e54efda67b8
162	2026-12-07T01:36:03.632Z	\N	system	create	person	88	\N	{"email":null,"full_name":"Bùi Thị Hạnh","id":88,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":74}	385f77392d1417e1d6060df4081b62f78d25c60ef616b4b2cc1f0e54efda67b8	0352aa35393a402977754fd8473982c93a9bc8a240a1bc4b976849a5ffc6da7c
163	2026-12-07T01:36:03.633Z	\N	system	create	org_unit	75	\N	{"code":"Q9.PHUOCLONGB.MOTCUA","id":75,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	0352aa35393a402977754fd8473982c93a9bc8a240a1bc4b976849a5ffc6da7c	2fba0b283730f4f3a01d647729686aaa7538e5a23e3863452cfa04c35e41bb02
164	2026-12-07T01:36:03.634Z	\N	system	create	org_unit	76	\N	{"code":"Q9.PHUOCLONGB.TDP01","id":76,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2fba0b283730f4f3a01d647729686aaa7538e5a23e3863452cfa04c35e41bb02	cbf854db1bcaf0c7e275a8e900a510aca59c42047f10c8358dee14e3d7c54213
165	2026-12-07T01:36:03.635Z	\N	system	create	person	89	\N	{"email":null,"full_name":"Trần Quốc Sơn","id":89,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":76}	cbf854db1bcaf0c7e275a8e900a510aca59c42047f10c8358dee14e3d7c54213	165a20f08538b42d780d6b2fd6b47fc5f6c747e338019e35325891964b1f331c
166	2026-12-07T01:36:03.636Z	\N	system	create	org_unit	77	\N	{"code":"Q9.PHUOCLONGB.TDP02","id":77,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	165a20f08538b42d780d6b2fd6b47fc5f6c747e338019e35325891964b1f331c	b329c8e5ef35ce1c3e108ee996fd4707445f3e8184342b0018574ba5cb2bac3b
167	2026-12-07T01:36:03.637Z	\N	system	create	person	90	\N	{"email":null,"full_name":"Đặng Thu Giang","id":90,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":77}	b329c8e5ef35ce1c3e108ee996fd4707445f3e8184342b0018574ba5cb2bac3b	be2646e5c6fee876f50d2ed5f00afffc3da01f785a7dd1a5c4cab5c7dd9df481
168	2026-12-07T01:36:03.638Z	\N	system	create	org_unit	78	\N	{"code":"Q9.PHUOCLONGB.TDP03","id":78,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	be2646e5c6fee876f50d2ed5f00afffc3da01f785a7dd1a5c4cab5c7dd9df481	bd89015b80eff70db5cee1c4eaee85b0b1b859495fc023e94e376ed7a0ceb4a3
169	2026-12-07T01:36:03.639Z	\N	system	create	person	91	\N	{"email":null,"full_name":"Nguyễn Văn Nga","id":91,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":78}	bd89015b80eff70db5cee1c4eaee85b0b1b859495fc023e94e376ed7a0ceb4a3	bf8059846eeb8958011e0a915fc33129f85ca4112838d42ea1921d0c82de0c12
170	2026-12-07T01:36:03.640Z	\N	system	create	org_unit	79	\N	{"code":"Q9.PHUOCLONGB.TDP04","id":79,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	bf8059846eeb8958011e0a915fc33129f85ca4112838d42ea1921d0c82de0c12	31ba1e551e6a5634bcc4380cbf80dd86689b977829dda582e5e8ad8a1370d0a0
171	2026-12-07T01:36:03.641Z	\N	system	create	person	92	\N	{"email":null,"full_name":"Võ Thanh Bình","id":92,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":79}	31ba1e551e6a5634bcc4380cbf80dd86689b977829dda582e5e8ad8a1370d0a0	675a7b8fa3560b7728b9d880fc95f5f1de074c45c54474d9ac8b200668373396
172	2026-12-07T01:36:03.642Z	\N	system	create	org_unit	80	\N	{"code":"Q9.PHUOCLONGB.TDP05","id":80,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Phước Long B","parent_id":74,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	675a7b8fa3560b7728b9d880fc95f5f1de074c45c54474d9ac8b200668373396	004f6f8a576e8265f8e9bf7b4d422527500ad444b213099670f869b991479e2a
173	2026-12-07T01:36:03.643Z	\N	system	create	person	93	\N	{"email":null,"full_name":"Lý Hữu Long","id":93,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":80}	004f6f8a576e8265f8e9bf7b4d422527500ad444b213099670f869b991479e2a	55d1d3a45b8468f64315cda4ecff1291853fb5d232f6e8550adaf9d793491c80
174	2026-12-07T01:36:03.644Z	\N	system	create	org_unit	81	\N	{"code":"Q9.TANPHU","id":81,"kind":"ward","name":"Phường Tân Phú","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	55d1d3a45b8468f64315cda4ecff1291853fb5d232f6e8550adaf9d793491c80	555cf0a427c609244193959c6a0f28281b7a9b4a72aee722943548f628857436
175	2026-12-07T01:36:03.645Z	\N	system	create	person	94	\N	{"email":null,"full_name":"Phan Kim Việt","id":94,"phone":null,"title":"Chủ tịch UBND phường","unit_id":81}	555cf0a427c609244193959c6a0f28281b7a9b4a72aee722943548f628857436	73e9e4c3bc3ea8043f7ec195f72836a9560b3fe017e504f8db4cfc9e2a87dd12
176	2026-12-07T01:36:03.646Z	\N	system	create	person	95	\N	{"email":null,"full_name":"Dương Minh Hùng","id":95,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":81}	73e9e4c3bc3ea8043f7ec195f72836a9560b3fe017e504f8db4cfc9e2a87dd12	2fcaa751f1f0c2250a686e16d19a67b64143fc42bed3691927107ef3313c9d07
177	2026-12-07T01:36:03.647Z	\N	system	create	person	96	\N	{"email":null,"full_name":"Huỳnh Ngọc Thảo","id":96,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":81}	2fcaa751f1f0c2250a686e16d19a67b64143fc42bed3691927107ef3313c9d07	237302651b4e67f26d404303d5d3a40e504fc763c79994aaa92ce0d6e1f2f62b
178	2026-12-07T01:36:03.648Z	\N	system	create	org_unit	82	\N	{"code":"Q9.TANPHU.MOTCUA","id":82,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	237302651b4e67f26d404303d5d3a40e504fc763c79994aaa92ce0d6e1f2f62b	00390e3c25bad5a5864fea2ebe29203c138cbd7a6cd9ca8036d2ffdfd164a37c
179	2026-12-07T01:36:03.649Z	\N	system	create	org_unit	83	\N	{"code":"Q9.TANPHU.TDP01","id":83,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	00390e3c25bad5a5864fea2ebe29203c138cbd7a6cd9ca8036d2ffdfd164a37c	0fac8e4d419462fb5eda2bf65dbba360526ac7dee23b77151b59389a07312768
180	2026-12-07T01:36:03.651Z	\N	system	create	person	97	\N	{"email":null,"full_name":"Ngô Đức Hải","id":97,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":83}	0fac8e4d419462fb5eda2bf65dbba360526ac7dee23b77151b59389a07312768	d916f3c307a0377405979cd8d7dbb404900951073f37687cf37ecba9cbff79d4
181	2026-12-07T01:36:03.652Z	\N	system	create	org_unit	84	\N	{"code":"Q9.TANPHU.TDP02","id":84,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	d916f3c307a0377405979cd8d7dbb404900951073f37687cf37ecba9cbff79d4	f7b6e6a11af651d14956ab5367049187ed6d91f8cacc3a2cd7110ee631b0a611
182	2026-12-07T01:36:03.653Z	\N	system	create	person	98	\N	{"email":null,"full_name":"Hoàng Thị Quân","id":98,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":84}	f7b6e6a11af651d14956ab5367049187ed6d91f8cacc3a2cd7110ee631b0a611	cf09a1496e33ffb52c7fcbb4eee68c9d63aee6d2a8131fcc9624dcb019a308b0
183	2026-12-07T01:36:03.654Z	\N	system	create	org_unit	85	\N	{"code":"Q9.TANPHU.TDP03","id":85,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	cf09a1496e33ffb52c7fcbb4eee68c9d63aee6d2a8131fcc9624dcb019a308b0	e8210f6b814c4e338170e42ac57b0bd06d87c12cebab8e062d3ec6f0dbcd87a4
184	2026-12-07T01:36:03.655Z	\N	system	create	person	99	\N	{"email":null,"full_name":"Hồ Quốc Dũng","id":99,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":85}	e8210f6b814c4e338170e42ac57b0bd06d87c12cebab8e062d3ec6f0dbcd87a4	5b25308bbc3e45eecf6d403581d935282ba4e83514565f20a1c586ba954c8c29
185	2026-12-07T01:36:03.656Z	\N	system	create	org_unit	86	\N	{"code":"Q9.TANPHU.TDP04","id":86,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5b25308bbc3e45eecf6d403581d935282ba4e83514565f20a1c586ba954c8c29	35c7a62eaa24886d4fba676eba1d00cb157bee72d8b9891c97d15eef64d73c5e
186	2026-12-07T01:36:03.657Z	\N	system	create	person	100	\N	{"email":null,"full_name":"Phạm Thu Nam","id":100,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":86}	35c7a62eaa24886d4fba676eba1d00cb157bee72d8b9891c97d15eef64d73c5e	9bb0861dee28c4fea09ad278a854b3cdec9b27ee588014b686896f7cf86c3def
187	2026-12-07T01:36:03.658Z	\N	system	create	org_unit	87	\N	{"code":"Q9.TANPHU.TDP05","id":87,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tân Phú","parent_id":81,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	9bb0861dee28c4fea09ad278a854b3cdec9b27ee588014b686896f7cf86c3def	5091771c3a5fda7ff7ba4b89cecbe17530b7c4c87b2376037220d7a6698dbf82
188	2026-12-07T01:36:03.659Z	\N	system	create	person	101	\N	{"email":null,"full_name":"Đỗ Văn An","id":101,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":87}	5091771c3a5fda7ff7ba4b89cecbe17530b7c4c87b2376037220d7a6698dbf82	2aa9903114e75c9fd4abb531fb2aed58d86785dbb404537e3cdea63acbd5f312
189	2026-12-07T01:36:03.660Z	\N	system	create	org_unit	88	\N	{"code":"Q9.TANGNHONPHUA","id":88,"kind":"ward","name":"Phường Tăng Nhơn Phú A","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2aa9903114e75c9fd4abb531fb2aed58d86785dbb404537e3cdea63acbd5f312	94a9fe140e81f3c0de7cc4c0e7281fc405601f0e51a450070940eb52971bb302
190	2026-12-07T01:36:03.661Z	\N	system	create	person	102	\N	{"email":null,"full_name":"Lê Thanh Lan","id":102,"phone":null,"title":"Chủ tịch UBND phường","unit_id":88}	94a9fe140e81f3c0de7cc4c0e7281fc405601f0e51a450070940eb52971bb302	d77b54f2965c84eaec0189395388e5edad21c7d5bb01ffbaa1e5dc44fa0d2652
191	2026-12-07T01:36:03.662Z	\N	system	create	person	103	\N	{"email":null,"full_name":"Bùi Hữu Uyên","id":103,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":88}	d77b54f2965c84eaec0189395388e5edad21c7d5bb01ffbaa1e5dc44fa0d2652	f1085b029a96b2744ec8bcc236d2a7fdfc0cc0a654d2099bde6c92634da38c08
192	2026-12-07T01:36:03.663Z	\N	system	create	person	104	\N	{"email":null,"full_name":"Trần Kim Hòa","id":104,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":88}	f1085b029a96b2744ec8bcc236d2a7fdfc0cc0a654d2099bde6c92634da38c08	a7190aab82f2f8e3a4337ed33246084121db408106022a6f1a22b4dd005d3245
193	2026-12-07T01:36:03.664Z	\N	system	create	org_unit	89	\N	{"code":"Q9.TANGNHONPHUA.MOTCUA","id":89,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	a7190aab82f2f8e3a4337ed33246084121db408106022a6f1a22b4dd005d3245	14e351f4d73cb67c328d1c3586420374a282189d9d23621f7b0b212856ba238f
194	2026-12-07T01:36:03.665Z	\N	system	create	org_unit	90	\N	{"code":"Q9.TANGNHONPHUA.TDP01","id":90,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	14e351f4d73cb67c328d1c3586420374a282189d9d23621f7b0b212856ba238f	e676fa60f0c8042469b222a8769628d09268cf700a5434dd9bd04c46f18d571c
195	2026-12-07T01:36:03.667Z	\N	system	create	person	105	\N	{"email":null,"full_name":"Đặng Minh Tâm","id":105,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":90}	e676fa60f0c8042469b222a8769628d09268cf700a5434dd9bd04c46f18d571c	453cb31dc81f38e5d3669248f9dea8689ecc0a9512de700eb9747e8880198357
196	2026-12-07T01:36:03.668Z	\N	system	create	org_unit	91	\N	{"code":"Q9.TANGNHONPHUA.TDP02","id":91,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	453cb31dc81f38e5d3669248f9dea8689ecc0a9512de700eb9747e8880198357	5a7e6ecd672b80ab741b095a5dc3a84f44ab9993adc848b43875f573f8273731
197	2026-12-07T01:36:03.669Z	\N	system	create	person	106	\N	{"email":null,"full_name":"Nguyễn Ngọc Hà","id":106,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":91}	5a7e6ecd672b80ab741b095a5dc3a84f44ab9993adc848b43875f573f8273731	84f8e0f7ff0aba5541247909df79719ed103ba56974de0cb1b588368ea530d4d
198	2026-12-07T01:36:03.670Z	\N	system	create	org_unit	92	\N	{"code":"Q9.TANGNHONPHUA.TDP03","id":92,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	84f8e0f7ff0aba5541247909df79719ed103ba56974de0cb1b588368ea530d4d	7fa540faadb6733aa1f7bbd7c3a1fd05a6fd21c8c86b921cb01bce59fa589b83
199	2026-12-07T01:36:03.671Z	\N	system	create	person	107	\N	{"email":null,"full_name":"Võ Đức Phúc","id":107,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":92}	7fa540faadb6733aa1f7bbd7c3a1fd05a6fd21c8c86b921cb01bce59fa589b83	358c3be8fc65f52136fed7871e8586dc7b97e10464f49c7253987da1b44eec88
200	2026-12-07T01:36:03.672Z	\N	system	create	org_unit	93	\N	{"code":"Q9.TANGNHONPHUA.TDP04","id":93,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	358c3be8fc65f52136fed7871e8586dc7b97e10464f49c7253987da1b44eec88	cfcce0d27af390891d6497df80d0714cc39061214b20535191b4750c67056ffb
201	2026-12-07T01:36:03.673Z	\N	system	create	person	108	\N	{"email":null,"full_name":"Lý Thị Châu","id":108,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":93}	cfcce0d27af390891d6497df80d0714cc39061214b20535191b4750c67056ffb	8c55520b362b123a62ff1459e189f87a001225f0cf238dccb214e5af8a84f55a
202	2026-12-07T01:36:03.674Z	\N	system	create	org_unit	94	\N	{"code":"Q9.TANGNHONPHUA.TDP05","id":94,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú A","parent_id":88,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8c55520b362b123a62ff1459e189f87a001225f0cf238dccb214e5af8a84f55a	a89074a792a7b48afe9727970bb1f45bb3515d1f03cf7ed94fcde5fd6edd28b9
203	2026-12-07T01:36:03.675Z	\N	system	create	person	109	\N	{"email":null,"full_name":"Phan Quốc Mai","id":109,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":94}	a89074a792a7b48afe9727970bb1f45bb3515d1f03cf7ed94fcde5fd6edd28b9	54a660ac29212a468b318a4aa23e35bc78fe01596e28b9c4e3f9b7241901a680
204	2026-12-07T01:36:03.676Z	\N	system	create	org_unit	95	\N	{"code":"Q9.TANGNHONPHUB","id":95,"kind":"ward","name":"Phường Tăng Nhơn Phú B","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	54a660ac29212a468b318a4aa23e35bc78fe01596e28b9c4e3f9b7241901a680	8ee823635fb26f90c05afbe52a598731c9b5aad826717641f95fcbe7e3b9d908
205	2026-12-07T01:36:03.677Z	\N	system	create	person	110	\N	{"email":null,"full_name":"Dương Thu Yến","id":110,"phone":null,"title":"Chủ tịch UBND phường","unit_id":95}	8ee823635fb26f90c05afbe52a598731c9b5aad826717641f95fcbe7e3b9d908	4c3b64aee33b2384c1ab51e6cf57eabc995cbd8929d5831e4725362ba895b8af
206	2026-12-07T01:36:03.678Z	\N	system	create	person	111	\N	{"email":null,"full_name":"Huỳnh Văn Khánh","id":111,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":95}	4c3b64aee33b2384c1ab51e6cf57eabc995cbd8929d5831e4725362ba895b8af	8447d78304f74f54d99031abe5e1fd27217c753b019ae8709029f4b9e097b407
207	2026-12-07T01:36:03.679Z	\N	system	create	person	112	\N	{"email":null,"full_name":"Ngô Thanh Tuấn","id":112,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":95}	8447d78304f74f54d99031abe5e1fd27217c753b019ae8709029f4b9e097b407	02ed7a75a2c4a411da82f161b6b3d29b02b8713355a8fe4ab2f97be9436b3128
208	2026-12-07T01:36:03.680Z	\N	system	create	org_unit	96	\N	{"code":"Q9.TANGNHONPHUB.MOTCUA","id":96,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	02ed7a75a2c4a411da82f161b6b3d29b02b8713355a8fe4ab2f97be9436b3128	2ff8f083321536ed0fab60c0ed5dfcaf7f09d2c5ec1c777fdcaef014f83bb606
209	2026-12-07T01:36:03.681Z	\N	system	create	org_unit	97	\N	{"code":"Q9.TANGNHONPHUB.TDP01","id":97,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	2ff8f083321536ed0fab60c0ed5dfcaf7f09d2c5ec1c777fdcaef014f83bb606	9033d989d7ca33986d4ca91247db8a907f754bee8744071b8836c823802b88cb
210	2026-12-07T01:36:03.682Z	\N	system	create	person	113	\N	{"email":null,"full_name":"Hoàng Hữu Hạnh","id":113,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":97}	9033d989d7ca33986d4ca91247db8a907f754bee8744071b8836c823802b88cb	7a9a3650c10a1983ba3c6d1c275a0dc856646b2430c81325dbeaeaf46f2a3189
211	2026-12-07T01:36:03.683Z	\N	system	create	org_unit	98	\N	{"code":"Q9.TANGNHONPHUB.TDP02","id":98,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	7a9a3650c10a1983ba3c6d1c275a0dc856646b2430c81325dbeaeaf46f2a3189	87cccc4425d5e54a1a746e65d2cfca48cf6b21becf27c251ba05d2802d889eca
212	2026-12-07T01:36:03.685Z	\N	system	create	person	114	\N	{"email":null,"full_name":"Hồ Kim Sơn","id":114,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":98}	87cccc4425d5e54a1a746e65d2cfca48cf6b21becf27c251ba05d2802d889eca	fe095f020d93db8bfa0eebefc664470f0bc6361fb40d47e585348973c0de5929
213	2026-12-07T01:36:03.686Z	\N	system	create	org_unit	99	\N	{"code":"Q9.TANGNHONPHUB.TDP03","id":99,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	fe095f020d93db8bfa0eebefc664470f0bc6361fb40d47e585348973c0de5929	1070bc3e0503feb8645d900bece5d29945d3ca1d7d94b6f8e9ca74b7e17a8aa8
214	2026-12-07T01:36:03.687Z	\N	system	create	person	115	\N	{"email":null,"full_name":"Phạm Minh Giang","id":115,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":99}	1070bc3e0503feb8645d900bece5d29945d3ca1d7d94b6f8e9ca74b7e17a8aa8	02ddc0c836543f043db8b510ec27c470842633190bb08ffda4444e3aedbb92e1
215	2026-12-07T01:36:03.688Z	\N	system	create	org_unit	100	\N	{"code":"Q9.TANGNHONPHUB.TDP04","id":100,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	02ddc0c836543f043db8b510ec27c470842633190bb08ffda4444e3aedbb92e1	87d5e1ebc39550df6b3486b7208f37bd9508e0334378655ed2e721765db1c45e
216	2026-12-07T01:36:03.689Z	\N	system	create	person	116	\N	{"email":null,"full_name":"Đỗ Ngọc Nga","id":116,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":100}	87d5e1ebc39550df6b3486b7208f37bd9508e0334378655ed2e721765db1c45e	6e497ace8aa77e8cf512f7718c02a9152a1bcdcb130e1a3ee4edda63ebc675bb
217	2026-12-07T01:36:03.690Z	\N	system	create	org_unit	101	\N	{"code":"Q9.TANGNHONPHUB.TDP05","id":101,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Tăng Nhơn Phú B","parent_id":95,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	6e497ace8aa77e8cf512f7718c02a9152a1bcdcb130e1a3ee4edda63ebc675bb	81d518495795e714a9fa1363097619fc36980b82af01781409cb284c5496d520
218	2026-12-07T01:36:03.691Z	\N	system	create	person	117	\N	{"email":null,"full_name":"Lê Đức Bình","id":117,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":101}	81d518495795e714a9fa1363097619fc36980b82af01781409cb284c5496d520	5d9ae524778baf22ae804dd9b97d9300e89defa72905d8456b611888b198dfc6
219	2026-12-07T01:36:03.692Z	\N	system	create	org_unit	102	\N	{"code":"Q9.TRUONGTHANH","id":102,"kind":"ward","name":"Phường Trường Thạnh","parent_id":2,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	5d9ae524778baf22ae804dd9b97d9300e89defa72905d8456b611888b198dfc6	648797fbedbdc5a3c2d19c1e8ff3c0844179493ef0167156ca017da651e88653
220	2026-12-07T01:36:03.693Z	\N	system	create	person	118	\N	{"email":null,"full_name":"Bùi Thị Long","id":118,"phone":null,"title":"Chủ tịch UBND phường","unit_id":102}	648797fbedbdc5a3c2d19c1e8ff3c0844179493ef0167156ca017da651e88653	3b15219da6e107dc0bc3e0f6888f36887aa8d4f5c78fbf1a736309de7801f44b
221	2026-12-07T01:36:03.694Z	\N	system	create	person	119	\N	{"email":null,"full_name":"Trần Quốc Việt","id":119,"phone":null,"title":"Phó Chủ tịch UBND phường","unit_id":102}	3b15219da6e107dc0bc3e0f6888f36887aa8d4f5c78fbf1a736309de7801f44b	4df7dbe9d477367fd8bc802eb4b8055783fb77701d8d635689ce2ff954e182bf
222	2026-12-07T01:36:03.695Z	\N	system	create	person	120	\N	{"email":null,"full_name":"Đặng Thu Hùng","id":120,"phone":null,"title":"Bí thư Đảng ủy phường","unit_id":102}	4df7dbe9d477367fd8bc802eb4b8055783fb77701d8d635689ce2ff954e182bf	b4e5b3d12cd35e7c452c13524f6b91616f942d2974a830522f174bfe4051a412
223	2026-12-07T01:36:03.696Z	\N	system	create	org_unit	103	\N	{"code":"Q9.TRUONGTHANH.MOTCUA","id":103,"kind":"one_stop_desk","name":"Bộ phận một cửa phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"2018-01-01","valid_to":null}	b4e5b3d12cd35e7c452c13524f6b91616f942d2974a830522f174bfe4051a412	8b03ac2a020bbb963ce635abc1a87e4617a8ce2bd7e73e015e478bb8d9316d9f
224	2026-12-07T01:36:03.697Z	\N	system	create	org_unit	104	\N	{"code":"Q9.TRUONGTHANH.TDP01","id":104,"kind":"neighbourhood_group","name":"Tổ dân phố 1, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8b03ac2a020bbb963ce635abc1a87e4617a8ce2bd7e73e015e478bb8d9316d9f	545f62bbf53dc5718dc39f4d10d2bea308fa2502a8826dbb3f213560341641b4
225	2026-12-07T01:36:03.699Z	\N	system	create	person	121	\N	{"email":null,"full_name":"Nguyễn Văn Thảo","id":121,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":104}	545f62bbf53dc5718dc39f4d10d2bea308fa2502a8826dbb3f213560341641b4	18895493fa4d3360a4b3770f3f5a5f72dfd4dc3e6bf46e9635885216e084a289
226	2026-12-07T01:36:03.700Z	\N	system	create	org_unit	105	\N	{"code":"Q9.TRUONGTHANH.TDP02","id":105,"kind":"neighbourhood_group","name":"Tổ dân phố 2, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	18895493fa4d3360a4b3770f3f5a5f72dfd4dc3e6bf46e9635885216e084a289	e23e0a42b5aa7682e9d64a1c35e4b0a920d929fccc366b2085373568c045acea
227	2026-12-07T01:36:03.702Z	\N	system	create	person	122	\N	{"email":null,"full_name":"Võ Thanh Hải","id":122,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":105}	e23e0a42b5aa7682e9d64a1c35e4b0a920d929fccc366b2085373568c045acea	e852efe3b2d785b7be3b6cf6d8fb2aed27c63c89cef51b99f0c83415e8dc1101
228	2026-12-07T01:36:03.702Z	\N	system	create	org_unit	106	\N	{"code":"Q9.TRUONGTHANH.TDP03","id":106,"kind":"neighbourhood_group","name":"Tổ dân phố 3, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	e852efe3b2d785b7be3b6cf6d8fb2aed27c63c89cef51b99f0c83415e8dc1101	8e6639868edc093d9bab455a5d013fc728af216945ea60682874b42a38443ab0
229	2026-12-07T01:36:03.703Z	\N	system	create	person	123	\N	{"email":null,"full_name":"Lý Hữu Quân","id":123,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":106}	8e6639868edc093d9bab455a5d013fc728af216945ea60682874b42a38443ab0	084e4dacd7adf3894dbca27501d38de0336ef83b0674077461e67e49c6268082
230	2026-12-07T01:36:03.703Z	\N	system	create	org_unit	107	\N	{"code":"Q9.TRUONGTHANH.TDP04","id":107,"kind":"neighbourhood_group","name":"Tổ dân phố 4, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	084e4dacd7adf3894dbca27501d38de0336ef83b0674077461e67e49c6268082	b4c604c7bed2a6098f87a3b6b9730b8abb48089cda456c41d9e6286e0ddffd23
231	2026-12-07T01:36:03.704Z	\N	system	create	person	124	\N	{"email":null,"full_name":"Phan Kim Dũng","id":124,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":107}	b4c604c7bed2a6098f87a3b6b9730b8abb48089cda456c41d9e6286e0ddffd23	8d785b2fcef2ebc7e2e4ffe8ad4584e08c768f988f0a1e7c0ec0ad7acda7f99a
232	2026-12-07T01:36:03.705Z	\N	system	create	org_unit	108	\N	{"code":"Q9.TRUONGTHANH.TDP05","id":108,"kind":"neighbourhood_group","name":"Tổ dân phố 5, phường Trường Thạnh","parent_id":102,"predecessor_id":null,"successor_id":null,"valid_from":"1997-04-01","valid_to":null}	8d785b2fcef2ebc7e2e4ffe8ad4584e08c768f988f0a1e7c0ec0ad7acda7f99a	b947504dc03d21a8f3beb9704dbb2bf1f281bda8506287ef0801ee00eb31773b
233	2026-12-07T01:36:03.705Z	\N	system	create	person	125	\N	{"email":null,"full_name":"Dương Minh Nam","id":125,"phone":null,"title":"Tổ trưởng tổ dân phố","unit_id":108}	b947504dc03d21a8f3beb9704dbb2bf1f281bda8506287ef0801ee00eb31773b	2b42237f08a34cc69703cee849e39e2f34a279b788b289bbd30dcafcc5efb529
234	2026-12-07T01:36:03.889Z	\N	system	create	user	1	\N	{"created_at":1796607363,"disabled":false,"display_name":"Quản trị hệ thống","id":1,"login":"quantri","person_id":null,"roles":[{"id":1,"role":"admin","unit_id":1}]}	2b42237f08a34cc69703cee849e39e2f34a279b788b289bbd30dcafcc5efb529	49063a984787a5cdb91c1a6a4fcc36b0c8dc8fbeaab1f297265a26e04aad4449
235	2026-12-07T01:36:04.079Z	\N	system	create	user	2	\N	{"created_at":1796607364,"disabled":false,"display_name":"Ban Thường vụ Quận ủy (giám sát)","id":2,"login":"giamsat","person_id":null,"roles":[{"id":2,"role":"supervisor","unit_id":2}]}	49063a984787a5cdb91c1a6a4fcc36b0c8dc8fbeaab1f297265a26e04aad4449	ed56010f2fa484dacfaeb73f3a682a5a8ad4976e590a7f258e165d457ec7a612
236	2026-12-07T01:36:04.362Z	\N	system	create	user	3	\N	{"created_at":1796607364,"disabled":false,"display_name":"Chủ tịch UBND Quận 9","id":3,"login":"lanhdao","person_id":null,"roles":[{"id":3,"role":"leader","unit_id":2}]}	ed56010f2fa484dacfaeb73f3a682a5a8ad4976e590a7f258e165d457ec7a612	1ad2ef1fac780a44e98dd1ef55cc85e443a975dd6583fca8fdce3ad80e48d3ed
237	2026-12-07T01:36:04.554Z	\N	system	create	user	4	\N	{"created_at":1796607364,"disabled":false,"display_name":"Chủ tịch UBND phường Hiệp Phú","id":4,"login":"hiepphu","person_id":null,"roles":[{"id":4,"role":"unit_head","unit_id":18}]}	1ad2ef1fac780a44e98dd1ef55cc85e443a975dd6583fca8fdce3ad80e48d3ed	c7e44a8005660ea5467f33a07c80addcf1919290fa485ddbb914c8aae218469b
238	2026-12-07T01:36:04.731Z	\N	system	create	user	5	\N	{"created_at":1796607364,"disabled":false,"display_name":"Cán bộ phường Long Bình","id":5,"login":"longbinh","person_id":null,"roles":[{"id":5,"role":"officer","unit_id":25}]}	c7e44a8005660ea5467f33a07c80addcf1919290fa485ddbb914c8aae218469b	fef7754f908d8f90532b96180b9696ebc76ab95c79e08ab9c44555ec14308120
\.


--
-- Data for Name: login_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_throttle (key, failures, window_start) FROM stdin;
\.


--
-- Data for Name: org_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_unit (id, kind, code, name, parent_id, valid_from, valid_to, predecessor_id, successor_id, search_key, sort_key, created_at, updated_at) FROM stdin;
1	city	HCM	Thành phố Hồ Chí Minh	\N	1976-07-02	\N	\N	\N	thanh pho ho chi minh	\\x50382a4438044838470204384702042e383a04423a443801438a408b04438a428b040901dcbbdcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
2	district	Q9	Quận 9	1	1997-04-01	2020-12-31	\N	\N	quan 9	\\x4a522b0344042501438b050701dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
3	party_committee	Q9.QU	Quận ủy Quận 9	2	1997-04-01	2020-12-31	\N	\N	quan uy quan 9	\\x4a522b034404525a044a522b0344042501438b05438b02418b050701dcbddc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
4	party_committee	Q9.QU.BTV	Ban Thường vụ Quận ủy Quận 9	3	1997-04-01	2020-12-31	\N	\N	ban thuong vu quan uy quan 9	\\x2c2a44045038530247034436045452044a522b034404525a044a522b03440425013e8a418b05428b05438b02418b050701dcc3dcbbdcbddc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
5	one_stop_desk	Q9.MOTCUA	Bộ phận tiếp nhận và trả kết quả Quận 9	2	2018-01-01	\N	\N	\N	bo phan tiep nhan va tra ket qua quan 9	\\x2c47020448382b034404503a3302480444382b034404542a04504c2a043e330250044a522a044a522b0344042501448b05428b05418b04418b05428a428b02438b04418b02428b050701dc9edc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
6	department	Q9.VP	Văn phòng HĐND và UBND quận	2	1997-04-01	\N	\N	\N	van phong hdnd va ubnd quan	\\x542b024404483846443604383102443004542a04522c4430044a522b0344013f8a3c8a3d8b050501dcbcdcc6dcdcc1dcdcdcdc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
7	department	Q9.NV	Phòng Nội vụ	2	1997-04-01	\N	\N	\N	phong noi vu	\\x4838464436044447023a04545201438a418b05428b0501dcc0dc0b00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
8	department	Q9.TCKH	Phòng Tài chính - Kế hoạch	2	1997-04-01	\N	\N	\N	phong tai chinh - ke hoach	\\x483846443604502a3a042e383a443804050e043e33020438462a2e3801438a418a418b043f8b04428b050601dcc0dcb9dc0d00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
9	department	Q9.KT	Phòng Kinh tế	2	1997-04-01	\N	\N	\N	phong kinh te	\\x4838464436043e3a44380450330201438a3c8b0401dcc0dc0b00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
10	department	Q9.QLDT	Phòng Quản lý đô thị	2	1997-04-01	\N	\N	\N	phong quan ly do thi	\\x4838464436044a522a4404405a04310247020450383a01438a408b02428b043f8b0501dcc0dc1400	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
11	department	Q9.TNMT	Phòng Tài nguyên và Môi trường	2	1997-04-01	\N	\N	\N	phong tai nguyen va moi truong	\\x483846443604502a3a044436525a33024404542a044247023a04504c53024703443601438a418a3b8a3d8a0601dcc0dcb7dc0e00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
12	department	Q9.LDTBXH	Phòng Lao động - Thương binh và Xã hội	2	1997-04-01	\N	\N	\N	phong lao dong - thuong binh va xa hoi	\\x483846443604402a460431024702443604050e045038530247034436042c3a443804542a04582a043847023a01438a3d8b05338a438b03438b050501dcc0dcbbdcb7dc0b00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
13	department	Q9.TP	Phòng Tư pháp	2	1997-04-01	\N	\N	\N	phong tu phap	\\x4838464436045053020448382a4801438a3d8b040501dcc0dc0b00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
14	department	Q9.GDDT	Phòng Giáo dục và Đào tạo	2	1997-04-01	\N	\N	\N	phong giao duc va dao tao	\\x483846443604363a2a460430522e04542a0431022a4604502a4601438a408b04428b05428a438a428b050501dcc0dcb8c60c00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
15	department	Q9.YT	Phòng Y tế	2	1997-04-01	\N	\N	\N	phong y te	\\x4838464436045a0450330201438a3f8b0401dcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
16	department	Q9.VHTT	Phòng Văn hóa và Thông tin	2	1997-04-01	\N	\N	\N	phong van hoa va thong tin	\\x483846443604542b02440438462a04542a0450384702443604503a4401438a3d8b04428a0e01dcc0dcbadc0c00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
17	department	Q9.TT	Thanh tra quận	2	1997-04-01	\N	\N	\N	thanh tra quan	\\x50382a443804504c2a044a522b034401398b050501dc1200	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
18	ward	Q9.HIEPPHU	Phường Hiệp Phú	2	1997-04-01	\N	\N	\N	phuong hiep phu	\\x483853024703443604383a3302480448385201428a408b05418b0401dcbfdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
19	one_stop_desk	Q9.HIEPPHU.MOTCUA	Bộ phận một cửa phường Hiệp Phú	18	2018-01-01	\N	\N	\N	bo phan mot cua phuong hiep phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604383a3302480448385201448b05428b05428b05428b02408a408b05418b0401dcabdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
20	neighbourhood_group	Q9.HIEPPHU.TDP01	Tổ dân phố 1, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 1, phuong hiep phu	\\x50470204302b0344044838470204150604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
21	neighbourhood_group	Q9.HIEPPHU.TDP02	Tổ dân phố 2, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 2, phuong hiep phu	\\x50470204302b0344044838470204170604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
22	neighbourhood_group	Q9.HIEPPHU.TDP03	Tổ dân phố 3, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 3, phuong hiep phu	\\x50470204302b0344044838470204190604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
23	neighbourhood_group	Q9.HIEPPHU.TDP04	Tổ dân phố 4, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 4, phuong hiep phu	\\x50470204302b03440448384702041b0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
24	neighbourhood_group	Q9.HIEPPHU.TDP05	Tổ dân phố 5, phường Hiệp Phú	18	1997-04-01	\N	\N	\N	to dan pho 5, phuong hiep phu	\\x50470204302b03440448384702041d0604483853024703443604383a3302480448385201448b023e8b043e8a408b05418b0401dcafdcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
25	ward	Q9.LONGBINH	Phường Long Bình	2	1997-04-01	\N	\N	\N	phuong long binh	\\x48385302470344360440464436042c3a443801428a3c8a0601dcbfdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
26	one_stop_desk	Q9.LONGBINH.MOTCUA	Bộ phận một cửa phường Long Bình	25	2018-01-01	\N	\N	\N	bo phan mot cua phuong long binh	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436042c3a443801448b05428b05428b05428b02408a3c8a0601dcabdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
27	neighbourhood_group	Q9.LONGBINH.TDP01	Tổ dân phố 1, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 1, phuong long binh	\\x50470204302b034404483847020415060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
28	neighbourhood_group	Q9.LONGBINH.TDP02	Tổ dân phố 2, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 2, phuong long binh	\\x50470204302b034404483847020417060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
29	neighbourhood_group	Q9.LONGBINH.TDP03	Tổ dân phố 3, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 3, phuong long binh	\\x50470204302b034404483847020419060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
30	neighbourhood_group	Q9.LONGBINH.TDP04	Tổ dân phố 4, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 4, phuong long binh	\\x50470204302b03440448384702041b060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
31	neighbourhood_group	Q9.LONGBINH.TDP05	Tổ dân phố 5, phường Long Bình	25	1997-04-01	\N	\N	\N	to dan pho 5, phuong long binh	\\x50470204302b03440448384702041d060448385302470344360440464436042c3a443801448b023e8b043e8a3c8a0601dcafdcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
32	ward	Q9.LONGPHUOC	Phường Long Phước	2	1997-04-01	\N	\N	\N	phuong long phuoc	\\x48385302470344360440464436044838530247032e01428a3a8b040501dcbfdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
33	one_stop_desk	Q9.LONGPHUOC.MOTCUA	Bộ phận một cửa phường Long Phước	32	2018-01-01	\N	\N	\N	bo phan mot cua phuong long phuoc	\\x2c47020448382b03440442470250042e53022a0448385302470344360440464436044838530247032e01448b05428b05428b05428b02408a3a8b040501dcabdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
34	neighbourhood_group	Q9.LONGPHUOC.TDP01	Tổ dân phố 1, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 1, phuong long phuoc	\\x50470204302b034404483847020415060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
35	neighbourhood_group	Q9.LONGPHUOC.TDP02	Tổ dân phố 2, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 2, phuong long phuoc	\\x50470204302b034404483847020417060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
36	neighbourhood_group	Q9.LONGPHUOC.TDP03	Tổ dân phố 3, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 3, phuong long phuoc	\\x50470204302b034404483847020419060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
37	neighbourhood_group	Q9.LONGPHUOC.TDP04	Tổ dân phố 4, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 4, phuong long phuoc	\\x50470204302b03440448384702041b060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
38	neighbourhood_group	Q9.LONGPHUOC.TDP05	Tổ dân phố 5, phường Long Phước	32	1997-04-01	\N	\N	\N	to dan pho 5, phuong long phuoc	\\x50470204302b03440448384702041d060448385302470344360440464436044838530247032e01448b023e8b043e8a3a8b040501dcafdcc2dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
39	ward	Q9.LONGTHANHMY	Phường Long Thạnh Mỹ	2	1997-04-01	\N	\N	\N	phuong long thanh my	\\x483853024703443604404644360450382a443804425a01428a3b8b05418b0301dcbfdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
40	one_stop_desk	Q9.LONGTHANHMY.MOTCUA	Bộ phận một cửa phường Long Thạnh Mỹ	39	2018-01-01	\N	\N	\N	bo phan mot cua phuong long thanh my	\\x2c47020448382b03440442470250042e53022a04483853024703443604404644360450382a443804425a01448b05428b05428b05428b02408a3b8b05418b0301dcabdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
41	neighbourhood_group	Q9.LONGTHANHMY.TDP01	Tổ dân phố 1, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 1, phuong long thanh my	\\x50470204302b0344044838470204150604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
42	neighbourhood_group	Q9.LONGTHANHMY.TDP02	Tổ dân phố 2, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 2, phuong long thanh my	\\x50470204302b0344044838470204170604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
43	neighbourhood_group	Q9.LONGTHANHMY.TDP03	Tổ dân phố 3, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 3, phuong long thanh my	\\x50470204302b0344044838470204190604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
44	neighbourhood_group	Q9.LONGTHANHMY.TDP04	Tổ dân phố 4, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 4, phuong long thanh my	\\x50470204302b03440448384702041b0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
45	neighbourhood_group	Q9.LONGTHANHMY.TDP05	Tổ dân phố 5, phường Long Thạnh Mỹ	39	1997-04-01	\N	\N	\N	to dan pho 5, phuong long thanh my	\\x50470204302b03440448384702041d0604483853024703443604404644360450382a443804425a01448b023e8b043e8a3b8b05418b0301dcafdcc2dcc0dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
46	ward	Q9.LONGTRUONG	Phường Long Trường	2	1997-04-01	\N	\N	\N	phuong long truong	\\x4838530247034436044046443604504c53024703443601428a3a8a0601dcbfdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
47	one_stop_desk	Q9.LONGTRUONG.MOTCUA	Bộ phận một cửa phường Long Trường	46	2018-01-01	\N	\N	\N	bo phan mot cua phuong long truong	\\x2c47020448382b03440442470250042e53022a044838530247034436044046443604504c53024703443601448b05428b05428b05428b02408a3a8a0601dcabdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
48	neighbourhood_group	Q9.LONGTRUONG.TDP01	Tổ dân phố 1, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 1, phuong long truong	\\x50470204302b03440448384702041506044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
49	neighbourhood_group	Q9.LONGTRUONG.TDP02	Tổ dân phố 2, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 2, phuong long truong	\\x50470204302b03440448384702041706044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
50	neighbourhood_group	Q9.LONGTRUONG.TDP03	Tổ dân phố 3, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 3, phuong long truong	\\x50470204302b03440448384702041906044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
51	neighbourhood_group	Q9.LONGTRUONG.TDP04	Tổ dân phố 4, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 4, phuong long truong	\\x50470204302b03440448384702041b06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
52	neighbourhood_group	Q9.LONGTRUONG.TDP05	Tổ dân phố 5, phường Long Trường	46	1997-04-01	\N	\N	\N	to dan pho 5, phuong long truong	\\x50470204302b03440448384702041d06044838530247034436044046443604504c53024703443601448b023e8b043e8a3a8a0601dcafdcc2dc0a00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
53	ward	Q9.PHUHUU	Phường Phú Hữu	2	1997-04-01	\N	\N	\N	phuong phu huu	\\x483853024703443604483852043853025201428a408b04438b030501dcbfdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
54	one_stop_desk	Q9.PHUHUU.MOTCUA	Bộ phận một cửa phường Phú Hữu	53	2018-01-01	\N	\N	\N	bo phan mot cua phuong phu huu	\\x2c47020448382b03440442470250042e53022a04483853024703443604483852043853025201448b05428b05428b05428b02408a408b04438b030501dcabdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
55	neighbourhood_group	Q9.PHUHUU.TDP01	Tổ dân phố 1, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 1, phuong phu huu	\\x50470204302b0344044838470204150604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
56	neighbourhood_group	Q9.PHUHUU.TDP02	Tổ dân phố 2, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 2, phuong phu huu	\\x50470204302b0344044838470204170604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
57	neighbourhood_group	Q9.PHUHUU.TDP03	Tổ dân phố 3, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 3, phuong phu huu	\\x50470204302b0344044838470204190604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
58	neighbourhood_group	Q9.PHUHUU.TDP04	Tổ dân phố 4, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 4, phuong phu huu	\\x50470204302b03440448384702041b0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
59	neighbourhood_group	Q9.PHUHUU.TDP05	Tổ dân phố 5, phường Phú Hữu	53	1997-04-01	\N	\N	\N	to dan pho 5, phuong phu huu	\\x50470204302b03440448384702041d0604483853024703443604483852043853025201448b023e8b043e8a408b04438b030501dcafdcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
60	ward	Q9.PHUOCBINH	Phường Phước Bình	2	1997-04-01	\N	\N	\N	phuong phuoc binh	\\x4838530247034436044838530247032e042c3a443801428a3f8b04428a0601dcbfdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
61	one_stop_desk	Q9.PHUOCBINH.MOTCUA	Bộ phận một cửa phường Phước Bình	60	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc binh	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e042c3a443801448b05428b05428b05428b02408a3f8b04428a0601dcabdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
62	neighbourhood_group	Q9.PHUOCBINH.TDP01	Tổ dân phố 1, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc binh	\\x50470204302b03440448384702041506044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
63	neighbourhood_group	Q9.PHUOCBINH.TDP02	Tổ dân phố 2, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc binh	\\x50470204302b03440448384702041706044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
64	neighbourhood_group	Q9.PHUOCBINH.TDP03	Tổ dân phố 3, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc binh	\\x50470204302b03440448384702041906044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
65	neighbourhood_group	Q9.PHUOCBINH.TDP04	Tổ dân phố 4, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc binh	\\x50470204302b03440448384702041b06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
66	neighbourhood_group	Q9.PHUOCBINH.TDP05	Tổ dân phố 5, phường Phước Bình	60	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc binh	\\x50470204302b03440448384702041d06044838530247034436044838530247032e042c3a443801448b023e8b043e8a3f8b04428a0601dcafdcc0dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
67	ward	Q9.PHUOCLONGA	Phường Phước Long A	2	1997-04-01	\N	\N	\N	phuong phuoc long a	\\x4838530247034436044838530247032e0440464436042a01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
68	one_stop_desk	Q9.PHUOCLONGA.MOTCUA	Bộ phận một cửa phường Phước Long A	67	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long a	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042a01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
69	neighbourhood_group	Q9.PHUOCLONGA.TDP01	Tổ dân phố 1, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long a	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
70	neighbourhood_group	Q9.PHUOCLONGA.TDP02	Tổ dân phố 2, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long a	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
71	neighbourhood_group	Q9.PHUOCLONGA.TDP03	Tổ dân phố 3, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long a	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
72	neighbourhood_group	Q9.PHUOCLONGA.TDP04	Tổ dân phố 4, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long a	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
73	neighbourhood_group	Q9.PHUOCLONGA.TDP05	Tổ dân phố 5, phường Phước Long A	67	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long a	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042a01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
74	ward	Q9.PHUOCLONGB	Phường Phước Long B	2	1997-04-01	\N	\N	\N	phuong phuoc long b	\\x4838530247034436044838530247032e0440464436042c01428a3f8b040c01dcbfdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
75	one_stop_desk	Q9.PHUOCLONGB.MOTCUA	Bộ phận một cửa phường Phước Long B	74	2018-01-01	\N	\N	\N	bo phan mot cua phuong phuoc long b	\\x2c47020448382b03440442470250042e53022a044838530247034436044838530247032e0440464436042c01448b05428b05428b05428b02408a3f8b040c01dcabdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
76	neighbourhood_group	Q9.PHUOCLONGB.TDP01	Tổ dân phố 1, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 1, phuong phuoc long b	\\x50470204302b03440448384702041506044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
77	neighbourhood_group	Q9.PHUOCLONGB.TDP02	Tổ dân phố 2, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 2, phuong phuoc long b	\\x50470204302b03440448384702041706044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
78	neighbourhood_group	Q9.PHUOCLONGB.TDP03	Tổ dân phố 3, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 3, phuong phuoc long b	\\x50470204302b03440448384702041906044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
79	neighbourhood_group	Q9.PHUOCLONGB.TDP04	Tổ dân phố 4, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 4, phuong phuoc long b	\\x50470204302b03440448384702041b06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
80	neighbourhood_group	Q9.PHUOCLONGB.TDP05	Tổ dân phố 5, phường Phước Long B	74	1997-04-01	\N	\N	\N	to dan pho 5, phuong phuoc long b	\\x50470204302b03440448384702041d06044838530247034436044838530247032e0440464436042c01448b023e8b043e8a3f8b040c01dcafdcc0dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
81	ward	Q9.TANPHU	Phường Tân Phú	2	1997-04-01	\N	\N	\N	phuong tan phu	\\x483853024703443604502b03440448385201428a3c8b0401dcbfdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
82	one_stop_desk	Q9.TANPHU.MOTCUA	Bộ phận một cửa phường Tân Phú	81	2018-01-01	\N	\N	\N	bo phan mot cua phuong tan phu	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b03440448385201448b05428b05428b05428b02408a3c8b0401dcabdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
83	neighbourhood_group	Q9.TANPHU.TDP01	Tổ dân phố 1, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 1, phuong tan phu	\\x50470204302b0344044838470204150604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
84	neighbourhood_group	Q9.TANPHU.TDP02	Tổ dân phố 2, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 2, phuong tan phu	\\x50470204302b0344044838470204170604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
85	neighbourhood_group	Q9.TANPHU.TDP03	Tổ dân phố 3, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 3, phuong tan phu	\\x50470204302b0344044838470204190604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
86	neighbourhood_group	Q9.TANPHU.TDP04	Tổ dân phố 4, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 4, phuong tan phu	\\x50470204302b03440448384702041b0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
87	neighbourhood_group	Q9.TANPHU.TDP05	Tổ dân phố 5, phường Tân Phú	81	1997-04-01	\N	\N	\N	to dan pho 5, phuong tan phu	\\x50470204302b03440448384702041d0604483853024703443604502b03440448385201448b023e8b043e8a3c8b0401dcafdcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
88	ward	Q9.TANGNHONPHUA	Phường Tăng Nhơn Phú A	2	1997-04-01	\N	\N	\N	phuong tang nhon phu a	\\x483853024703443604502b02443604443847034404483852042a01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
89	one_stop_desk	Q9.TANGNHONPHUA.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú A	88	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu a	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042a01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
90	neighbourhood_group	Q9.TANGNHONPHUA.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu a	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
91	neighbourhood_group	Q9.TANGNHONPHUA.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu a	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
92	neighbourhood_group	Q9.TANGNHONPHUA.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu a	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
93	neighbourhood_group	Q9.TANGNHONPHUA.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu a	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
94	neighbourhood_group	Q9.TANGNHONPHUA.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú A	88	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu a	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042a01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
95	ward	Q9.TANGNHONPHUB	Phường Tăng Nhơn Phú B	2	1997-04-01	\N	\N	\N	phuong tang nhon phu b	\\x483853024703443604502b02443604443847034404483852042c01428a368b040601dcbfdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
96	one_stop_desk	Q9.TANGNHONPHUB.MOTCUA	Bộ phận một cửa phường Tăng Nhơn Phú B	95	2018-01-01	\N	\N	\N	bo phan mot cua phuong tang nhon phu b	\\x2c47020448382b03440442470250042e53022a04483853024703443604502b02443604443847034404483852042c01448b05428b05428b05428b02408a368b040601dcabdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
97	neighbourhood_group	Q9.TANGNHONPHUB.TDP01	Tổ dân phố 1, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 1, phuong tang nhon phu b	\\x50470204302b0344044838470204150604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
98	neighbourhood_group	Q9.TANGNHONPHUB.TDP02	Tổ dân phố 2, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 2, phuong tang nhon phu b	\\x50470204302b0344044838470204170604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
99	neighbourhood_group	Q9.TANGNHONPHUB.TDP03	Tổ dân phố 3, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 3, phuong tang nhon phu b	\\x50470204302b0344044838470204190604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
100	neighbourhood_group	Q9.TANGNHONPHUB.TDP04	Tổ dân phố 4, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 4, phuong tang nhon phu b	\\x50470204302b03440448384702041b0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
101	neighbourhood_group	Q9.TANGNHONPHUB.TDP05	Tổ dân phố 5, phường Tăng Nhơn Phú B	95	1997-04-01	\N	\N	\N	to dan pho 5, phuong tang nhon phu b	\\x50470204302b03440448384702041d0604483853024703443604502b02443604443847034404483852042c01448b023e8b043e8a368b040601dcafdcc2dcc2dcc2dc00	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
102	ward	Q9.TRUONGTHANH	Phường Trường Thạnh	2	1997-04-01	\N	\N	\N	phuong truong thanh	\\x483853024703443604504c5302470344360450382a443801428a3f8a408b050601dcbfdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
103	one_stop_desk	Q9.TRUONGTHANH.MOTCUA	Bộ phận một cửa phường Trường Thạnh	102	2018-01-01	\N	\N	\N	bo phan mot cua phuong truong thanh	\\x2c47020448382b03440442470250042e53022a04483853024703443604504c5302470344360450382a443801448b05428b05428b05428b02408a3f8a408b050601dcabdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
104	neighbourhood_group	Q9.TRUONGTHANH.TDP01	Tổ dân phố 1, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 1, phuong truong thanh	\\x50470204302b0344044838470204150604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
105	neighbourhood_group	Q9.TRUONGTHANH.TDP02	Tổ dân phố 2, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 2, phuong truong thanh	\\x50470204302b0344044838470204170604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
106	neighbourhood_group	Q9.TRUONGTHANH.TDP03	Tổ dân phố 3, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 3, phuong truong thanh	\\x50470204302b0344044838470204190604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
107	neighbourhood_group	Q9.TRUONGTHANH.TDP04	Tổ dân phố 4, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 4, phuong truong thanh	\\x50470204302b03440448384702041b0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
108	neighbourhood_group	Q9.TRUONGTHANH.TDP05	Tổ dân phố 5, phường Trường Thạnh	102	1997-04-01	\N	\N	\N	to dan pho 5, phuong truong thanh	\\x50470204302b03440448384702041d0604483853024703443604504c5302470344360450382a443801448b023e8b043e8a3f8a408b050601dcafdcbfdc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, full_name, title, unit_id, email, phone, search_key, sort_key, created_at, updated_at) FROM stdin;
1	Nguyễn Văn An	Chủ tịch UBND quận	2	\N	\N	nguyen van an	\\x4436525a33024404542b0244042a4401418b030c01dcbfdcc3dc0500	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
2	Võ Thanh Lan	Phó Chủ tịch UBND quận	2	\N	\N	vo thanh lan	\\x54460450382a443804402a4401448b030e01dcc3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
3	Lý Hữu Uyên	Phó Chủ tịch UBND quận	2	\N	\N	ly huu uyen	\\x405a043853025204525a33024401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
4	Phan Kim Hòa	Bí thư Quận ủy, Chủ tịch HĐND quận	3	\N	\N	phan kim hoa	\\x48382a44043e3a420438462a013b8a0501dcc2dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
5	Dương Minh Tâm	Phó Bí thư Quận ủy	3	\N	\N	duong minh tam	\\x3053024703443604423a443804502b0342011201dcc1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
6	Huỳnh Ngọc Hà	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	huynh ngoc ha	\\x38525a4438044436462e04382a01438a408b05428a01dcc0dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
7	Ngô Đức Phúc	Ủy viên Ban Thường vụ Quận ủy	4	\N	\N	ngo duc phuc	\\x4436470204310253022e044838522e01408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
8	Hoàng Thị Châu	Trưởng bộ phận một cửa	5	\N	\N	hoang thi chau	\\x38462a44360450383a042e382b035201438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
9	Hồ Quốc Mai	Chuyên viên tiếp nhận hồ sơ	5	\N	\N	ho quoc mai	\\x384702044a5247022e04422a3a01448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
10	Phạm Thu Yến	Chánh Văn phòng	6	\N	\N	pham thu yen	\\x48382a4204503852045a33024401438b053e8b040501dcc1dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
11	Đỗ Văn Khánh	Trưởng phòng Nội vụ	7	\N	\N	do van khanh	\\x3102470204542b0244043e382a443801448b033e8b040601c6c3dcc3dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
12	Lê Thanh Tuấn	Trưởng phòng Tài chính - Kế hoạch	8	\N	\N	le thanh tuan	\\x4033020450382a44380450522b0344013a8b040501dcc4dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
13	Bùi Hữu Hạnh	Trưởng phòng Kinh tế	9	\N	\N	bui huu hanh	\\x2c523a043853025204382a443801448a428b03428b050601dcc2dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
14	Trần Kim Sơn	Trưởng phòng Quản lý đô thị	10	\N	\N	tran kim son	\\x504c2b0344043e3a42044e47034401438a0d01dcc1dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
15	Đặng Minh Giang	Trưởng phòng Tài nguyên và Môi trường	11	\N	\N	dang minh giang	\\x31022b02443604423a443804363a2a443601448b051101c6c1dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
16	Nguyễn Ngọc Nga	Trưởng phòng Lao động - Thương binh và Xã hội	12	\N	\N	nguyen ngoc nga	\\x4436525a330244044436462e0444362a01418b03418b050901dcbfdcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
17	Võ Đức Bình	Trưởng phòng Tư pháp	13	\N	\N	vo duc binh	\\x544604310253022e042c3a443801448b03438b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
18	Lý Thị Long	Trưởng phòng Giáo dục và Đào tạo	14	\N	\N	ly thi long	\\x405a0450383a044046443601448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
19	Phan Quốc Việt	Trưởng phòng Y tế	15	\N	\N	phan quoc viet	\\x48382a44044a5247022e04543a330250013e8b04418b050501dcc2dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
20	Dương Thu Hùng	Trưởng phòng Văn hóa và Thông tin	16	\N	\N	duong thu hung	\\x30530247034436045038520438524436013a8a0601dcc1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
21	Huỳnh Văn Thảo	Chánh Thanh tra	17	\N	\N	huynh van thao	\\x38525a443804542b02440450382a4601438a3c8b020501dcc0dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
22	Ngô Thanh Hải	Chủ tịch UBND phường	18	\N	\N	ngo thanh hai	\\x443647020450382a443804382a3a013a8b020501dcc3dcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
23	Hoàng Hữu Quân	Phó Chủ tịch UBND phường	18	\N	\N	hoang huu quan	\\x38462a44360438530252044a522b034401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
24	Hồ Kim Dũng	Bí thư Đảng ủy phường	18	\N	\N	ho kim dung	\\x384702043e3a42043052443601448a3f8b030601dcc3dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
25	Phạm Minh Nam	Tổ trưởng tổ dân phố	20	\N	\N	pham minh nam	\\x48382a4204423a443804442a4201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
26	Đỗ Ngọc An	Tổ trưởng tổ dân phố	21	\N	\N	do ngoc an	\\x31024702044436462e042a4401448b03428b050801c6c3dcc1dc0500	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
27	Lê Đức Lan	Tổ trưởng tổ dân phố	22	\N	\N	le duc lan	\\x40330204310253022e04402a4401418b040901dcc4c6c2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
28	Bùi Thị Uyên	Tổ trưởng tổ dân phố	23	\N	\N	bui thi uyen	\\x2c523a0450383a04525a33024401448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
29	Trần Quốc Hòa	Tổ trưởng tổ dân phố	24	\N	\N	tran quoc hoa	\\x504c2b0344044a5247022e0438462a01438a418b04428a0501dcc1dcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
30	Đặng Thu Tâm	Chủ tịch UBND phường	25	\N	\N	dang thu tam	\\x31022b0244360450385204502b034201448b050e01c6c1dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
31	Nguyễn Văn Hà	Phó Chủ tịch UBND phường	25	\N	\N	nguyen van ha	\\x4436525a33024404542b024404382a01418b033e8a01dcbfdcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
32	Võ Thanh Phúc	Bí thư Đảng ủy phường	25	\N	\N	vo thanh phuc	\\x54460450382a4438044838522e01448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
33	Lý Hữu Châu	Tổ trưởng tổ dân phố	27	\N	\N	ly huu chau	\\x405a0438530252042e382b035201448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
34	Phan Kim Mai	Tổ trưởng tổ dân phố	28	\N	\N	phan kim mai	\\x48382a44043e3a4204422a3a011001dcc2dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
35	Dương Minh Yến	Tổ trưởng tổ dân phố	29	\N	\N	duong minh yen	\\x3053024703443604423a4438045a33024401398b040501dcc1dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
36	Huỳnh Ngọc Khánh	Tổ trưởng tổ dân phố	30	\N	\N	huynh ngoc khanh	\\x38525a4438044436462e043e382a443801438a408b05418b040601dcc0dcc1dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
37	Ngô Đức Tuấn	Tổ trưởng tổ dân phố	31	\N	\N	ngo duc tuan	\\x4436470204310253022e0450522b034401408b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
38	Hoàng Thị Hạnh	Chủ tịch UBND phường	32	\N	\N	hoang thi hanh	\\x38462a44360450383a04382a443801438a408b05438b050601dcc0dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
39	Hồ Quốc Sơn	Phó Chủ tịch UBND phường	32	\N	\N	ho quoc son	\\x384702044a5247022e044e47034401448a428b040901dcc3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
40	Phạm Thu Giang	Bí thư Đảng ủy phường	32	\N	\N	pham thu giang	\\x48382a420450385204363a2a443601438b050f01dcc1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
41	Đỗ Văn Nga	Tổ trưởng tổ dân phố	34	\N	\N	do van nga	\\x3102470204542b02440444362a01448b030c01c6c3dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
42	Lê Thanh Bình	Tổ trưởng tổ dân phố	35	\N	\N	le thanh binh	\\x4033020450382a4438042c3a4438013b8a0601dcc4dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
43	Bùi Hữu Long	Tổ trưởng tổ dân phố	36	\N	\N	bui huu long	\\x2c523a0438530252044046443601448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
44	Trần Kim Việt	Tổ trưởng tổ dân phố	37	\N	\N	tran kim viet	\\x504c2b0344043e3a4204543a33025001438a3d8b050501dcc1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
45	Đặng Minh Hùng	Tổ trưởng tổ dân phố	38	\N	\N	dang minh hung	\\x31022b02443604423a4438043852443601448b053c8a0601c6c1dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
46	Nguyễn Ngọc Thảo	Chủ tịch UBND phường	39	\N	\N	nguyen ngoc thao	\\x4436525a330244044436462e0450382a4601418b03418b05418b020501dcbfdcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
47	Võ Đức Hải	Phó Chủ tịch UBND phường	39	\N	\N	vo duc hai	\\x544604310253022e04382a3a01448b03438b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
48	Lý Thị Quân	Bí thư Đảng ủy phường	39	\N	\N	ly thi quan	\\x405a0450383a044a522b034401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
49	Phan Quốc Dũng	Tổ trưởng tổ dân phố	41	\N	\N	phan quoc dung	\\x48382a44044a5247022e0430524436013e8b04428b030601dcc2dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
50	Dương Thu Nam	Tổ trưởng tổ dân phố	42	\N	\N	duong thu nam	\\x305302470344360450385204442a42011101dcc1dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
51	Huỳnh Văn An	Tổ trưởng tổ dân phố	43	\N	\N	huynh van an	\\x38525a443804542b0244042a4401438a0d01dcc0dcc3dc0500	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
52	Ngô Thanh Lan	Tổ trưởng tổ dân phố	44	\N	\N	ngo thanh lan	\\x443647020450382a443804402a44011101dcc3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
53	Hoàng Hữu Uyên	Tổ trưởng tổ dân phố	45	\N	\N	hoang huu uyen	\\x38462a4436043853025204525a33024401438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
54	Hồ Kim Hòa	Chủ tịch UBND phường	46	\N	\N	ho kim hoa	\\x384702043e3a420438462a01448a3f8a0501dcc3dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
55	Phạm Minh Tâm	Phó Chủ tịch UBND phường	46	\N	\N	pham minh tam	\\x48382a4204423a443804502b034201438b050e01dcc1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
56	Đỗ Ngọc Hà	Bí thư Đảng ủy phường	46	\N	\N	do ngoc ha	\\x31024702044436462e04382a01448b03428b05428a01c6c3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
57	Lê Đức Phúc	Tổ trưởng tổ dân phố	48	\N	\N	le duc phuc	\\x40330204310253022e044838522e01418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
58	Bùi Thị Châu	Tổ trưởng tổ dân phố	49	\N	\N	bui thi chau	\\x2c523a0450383a042e382b035201448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
59	Trần Quốc Mai	Tổ trưởng tổ dân phố	50	\N	\N	tran quoc mai	\\x504c2b0344044a5247022e04422a3a01438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
60	Đặng Thu Yến	Tổ trưởng tổ dân phố	51	\N	\N	dang thu yen	\\x31022b02443604503852045a33024401448b053d8b040501c6c1dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
61	Nguyễn Văn Khánh	Tổ trưởng tổ dân phố	52	\N	\N	nguyen van khanh	\\x4436525a33024404542b0244043e382a443801418b033d8b040601dcbfdcc3dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
62	Võ Thanh Tuấn	Chủ tịch UBND phường	53	\N	\N	vo thanh tuan	\\x54460450382a44380450522b034401448b033c8b040501dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
63	Lý Hữu Hạnh	Phó Chủ tịch UBND phường	53	\N	\N	ly huu hanh	\\x405a043853025204382a443801448b04438b03428b050601dcc3dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
64	Phan Kim Sơn	Bí thư Đảng ủy phường	53	\N	\N	phan kim son	\\x48382a44043e3a42044e470344011001dcc2dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
65	Dương Minh Giang	Tổ trưởng tổ dân phố	55	\N	\N	duong minh giang	\\x3053024703443604423a443804363a2a4436011401dcc1dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
66	Huỳnh Ngọc Nga	Tổ trưởng tổ dân phố	56	\N	\N	huynh ngoc nga	\\x38525a4438044436462e0444362a01438a408b050901dcc0dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
67	Ngô Đức Bình	Tổ trưởng tổ dân phố	57	\N	\N	ngo duc binh	\\x4436470204310253022e042c3a443801408b04428a0601dcc3c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
68	Hoàng Thị Long	Tổ trưởng tổ dân phố	58	\N	\N	hoang thi long	\\x38462a44360450383a044046443601438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
69	Hồ Quốc Việt	Tổ trưởng tổ dân phố	59	\N	\N	ho quoc viet	\\x384702044a5247022e04543a33025001448a428b04418b050501dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
70	Phạm Thu Hùng	Chủ tịch UBND phường	60	\N	\N	pham thu hung	\\x48382a4204503852043852443601438b053e8a0601dcc1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
71	Đỗ Văn Thảo	Phó Chủ tịch UBND phường	60	\N	\N	do van thao	\\x3102470204542b02440450382a4601448b033e8b020501c6c3dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
72	Lê Thanh Hải	Bí thư Đảng ủy phường	60	\N	\N	le thanh hai	\\x4033020450382a443804382a3a013b8b020501dcc4dcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
73	Bùi Hữu Quân	Tổ trưởng tổ dân phố	62	\N	\N	bui huu quan	\\x2c523a0438530252044a522b034401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
74	Trần Kim Dũng	Tổ trưởng tổ dân phố	63	\N	\N	tran kim dung	\\x504c2b0344043e3a42043052443601438a3e8b030601dcc1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
75	Đặng Minh Nam	Tổ trưởng tổ dân phố	64	\N	\N	dang minh nam	\\x31022b02443604423a443804442a4201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
76	Nguyễn Ngọc An	Tổ trưởng tổ dân phố	65	\N	\N	nguyen ngoc an	\\x4436525a330244044436462e042a4401418b03418b050801dcbfdcc1dc0500	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
77	Võ Đức Lan	Tổ trưởng tổ dân phố	66	\N	\N	vo duc lan	\\x544604310253022e04402a4401448b03438b040901dcc3c6c2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
78	Lý Thị Uyên	Chủ tịch UBND phường	67	\N	\N	ly thi uyen	\\x405a0450383a04525a33024401448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
79	Phan Quốc Hòa	Phó Chủ tịch UBND phường	67	\N	\N	phan quoc hoa	\\x48382a44044a5247022e0438462a013e8b04428a0501dcc2dcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
80	Dương Thu Tâm	Bí thư Đảng ủy phường	67	\N	\N	duong thu tam	\\x305302470344360450385204502b0342011101dcc1dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
81	Huỳnh Văn Hà	Tổ trưởng tổ dân phố	69	\N	\N	huynh van ha	\\x38525a443804542b024404382a01438a3d8a01dcc0dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
82	Ngô Thanh Phúc	Tổ trưởng tổ dân phố	70	\N	\N	ngo thanh phuc	\\x443647020450382a4438044838522e01398b040501dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
83	Hoàng Hữu Châu	Tổ trưởng tổ dân phố	71	\N	\N	hoang huu chau	\\x38462a44360438530252042e382b035201438a418b030a01dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
84	Hồ Kim Mai	Tổ trưởng tổ dân phố	72	\N	\N	ho kim mai	\\x384702043e3a4204422a3a01448a0c01dcc3dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
85	Phạm Minh Yến	Tổ trưởng tổ dân phố	73	\N	\N	pham minh yen	\\x48382a4204423a4438045a33024401438b053d8b040501dcc1dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
86	Đỗ Ngọc Khánh	Chủ tịch UBND phường	74	\N	\N	do ngoc khanh	\\x31024702044436462e043e382a443801448b03428b05418b040601c6c3dcc1dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
87	Lê Đức Tuấn	Phó Chủ tịch UBND phường	74	\N	\N	le duc tuan	\\x40330204310253022e0450522b034401418b04418b040501dcc4c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
88	Bùi Thị Hạnh	Bí thư Đảng ủy phường	74	\N	\N	bui thi hanh	\\x2c523a0450383a04382a443801448a418b05438b050601dcc2dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
89	Trần Quốc Sơn	Tổ trưởng tổ dân phố	76	\N	\N	tran quoc son	\\x504c2b0344044a5247022e044e47034401438a418b040901dcc1dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
90	Đặng Thu Giang	Tổ trưởng tổ dân phố	77	\N	\N	dang thu giang	\\x31022b0244360450385204363a2a443601448b051001c6c1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
91	Nguyễn Văn Nga	Tổ trưởng tổ dân phố	78	\N	\N	nguyen van nga	\\x4436525a33024404542b02440444362a01418b030d01dcbfdcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
92	Võ Thanh Bình	Tổ trưởng tổ dân phố	79	\N	\N	vo thanh binh	\\x54460450382a4438042c3a443801448b033d8a0601dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
93	Lý Hữu Long	Tổ trưởng tổ dân phố	80	\N	\N	ly huu long	\\x405a0438530252044046443601448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
94	Phan Kim Việt	Chủ tịch UBND phường	81	\N	\N	phan kim viet	\\x48382a44043e3a4204543a330250013a8b050501dcc2dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
95	Dương Minh Hùng	Phó Chủ tịch UBND phường	81	\N	\N	duong minh hung	\\x3053024703443604423a4438043852443601398a0601dcc1dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
96	Huỳnh Ngọc Thảo	Bí thư Đảng ủy phường	81	\N	\N	huynh ngoc thao	\\x38525a4438044436462e0450382a4601438a408b05418b020501dcc0dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
97	Ngô Đức Hải	Tổ trưởng tổ dân phố	83	\N	\N	ngo duc hai	\\x4436470204310253022e04382a3a01408b04428b020501dcc3c6c2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
98	Hoàng Thị Quân	Tổ trưởng tổ dân phố	84	\N	\N	hoang thi quan	\\x38462a44360450383a044a522b034401438a408b050901dcc0dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
99	Hồ Quốc Dũng	Tổ trưởng tổ dân phố	85	\N	\N	ho quoc dung	\\x384702044a5247022e043052443601448a428b04428b030601dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
100	Phạm Thu Nam	Tổ trưởng tổ dân phố	86	\N	\N	pham thu nam	\\x48382a420450385204442a4201438b050d01dcc1dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
101	Đỗ Văn An	Tổ trưởng tổ dân phố	87	\N	\N	do van an	\\x3102470204542b0244042a4401448b030b01c6c3dcc3dc0500	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
102	Lê Thanh Lan	Chủ tịch UBND phường	88	\N	\N	le thanh lan	\\x4033020450382a443804402a44011001dcc4dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
103	Bùi Hữu Uyên	Phó Chủ tịch UBND phường	88	\N	\N	bui huu uyen	\\x2c523a043853025204525a33024401448a428b030a01dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
104	Trần Kim Hòa	Bí thư Đảng ủy phường	88	\N	\N	tran kim hoa	\\x504c2b0344043e3a420438462a01438a3e8a0501dcc1dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
105	Đặng Minh Tâm	Tổ trưởng tổ dân phố	90	\N	\N	dang minh tam	\\x31022b02443604423a443804502b034201448b050f01c6c1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
106	Nguyễn Ngọc Hà	Tổ trưởng tổ dân phố	91	\N	\N	nguyen ngoc ha	\\x4436525a330244044436462e04382a01418b03418b05428a01dcbfdcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
107	Võ Đức Phúc	Tổ trưởng tổ dân phố	92	\N	\N	vo duc phuc	\\x544604310253022e044838522e01448b03438b04418b040501dcc3c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
108	Lý Thị Châu	Tổ trưởng tổ dân phố	93	\N	\N	ly thi chau	\\x405a0450383a042e382b035201448b04428b050901dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
109	Phan Quốc Mai	Tổ trưởng tổ dân phố	94	\N	\N	phan quoc mai	\\x48382a44044a5247022e04422a3a013e8b040901dcc2dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
110	Dương Thu Yến	Chủ tịch UBND phường	95	\N	\N	duong thu yen	\\x3053024703443604503852045a330244013a8b040501dcc1dcc3dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
111	Huỳnh Văn Khánh	Phó Chủ tịch UBND phường	95	\N	\N	huynh van khanh	\\x38525a443804542b0244043e382a443801438a3c8b040601dcc0dcc3dc0900	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
112	Ngô Thanh Tuấn	Bí thư Đảng ủy phường	95	\N	\N	ngo thanh tuan	\\x443647020450382a44380450522b034401398b040501dcc3dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
113	Hoàng Hữu Hạnh	Tổ trưởng tổ dân phố	97	\N	\N	hoang huu hanh	\\x38462a4436043853025204382a443801438a418b03428b050601dcc0dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
114	Hồ Kim Sơn	Tổ trưởng tổ dân phố	98	\N	\N	ho kim son	\\x384702043e3a42044e47034401448a0c01dcc3dcc3dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
115	Phạm Minh Giang	Tổ trưởng tổ dân phố	99	\N	\N	pham minh giang	\\x48382a4204423a443804363a2a443601438b051001dcc1dcc2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
116	Đỗ Ngọc Nga	Tổ trưởng tổ dân phố	100	\N	\N	do ngoc nga	\\x31024702044436462e0444362a01448b03428b050901c6c3dcc1dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
117	Lê Đức Bình	Tổ trưởng tổ dân phố	101	\N	\N	le duc binh	\\x40330204310253022e042c3a443801418b04428a0601dcc4c6c2dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
118	Bùi Thị Long	Chủ tịch UBND phường	102	\N	\N	bui thi long	\\x2c523a0450383a044046443601448a418b050901dcc2dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
119	Trần Quốc Việt	Phó Chủ tịch UBND phường	102	\N	\N	tran quoc viet	\\x504c2b0344044a5247022e04543a33025001438a418b04418b050501dcc1dcc1dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
120	Đặng Thu Hùng	Bí thư Đảng ủy phường	102	\N	\N	dang thu hung	\\x31022b02443604503852043852443601448b053d8a0601c6c1dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
121	Nguyễn Văn Thảo	Tổ trưởng tổ dân phố	104	\N	\N	nguyen van thao	\\x4436525a33024404542b02440450382a4601418b033d8b020501dcbfdcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
122	Võ Thanh Hải	Tổ trưởng tổ dân phố	105	\N	\N	vo thanh hai	\\x54460450382a443804382a3a01448b033d8b020501dcc3dcc1dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
123	Lý Hữu Quân	Tổ trưởng tổ dân phố	106	\N	\N	ly huu quan	\\x405a0438530252044a522b034401448b04438b030a01dcc3dcc2dc0700	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
124	Phan Kim Dũng	Tổ trưởng tổ dân phố	107	\N	\N	phan kim dung	\\x48382a44043e3a420430524436013b8b030601dcc2dcc3dc0800	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
125	Dương Minh Nam	Tổ trưởng tổ dân phố	108	\N	\N	duong minh nam	\\x3053024703443604423a443804442a42011201dcc1dcc2dc0600	2026-12-07 01:36:03.484095+00	2026-12-07 01:36:03.484095+00
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
1	organisation: units and people	2026-12-07 01:36:03.449823+00
2	accounts, role grants, sessions, API tokens, sign-in throttling, audit trail	2026-12-07 01:36:03.464646+00
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

\unrestrict hXdQkb8HtxnhQzMiCmZkfUAib98qVkOM9fILePBTEOkETnkFBCCgJzk92UiJRYk

