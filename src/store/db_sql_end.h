/* db_sql_end.h: forgets the macros of db_sql_{enum,names,sqlite,pg}.h. */
#undef P
#undef P_BIGINT
#undef P_INTEGER
#undef P_DOUBLE
#undef P_BOOL
#undef P_BYTEA
#undef P_DATE
#undef P_TEXT
#undef BYTES
#undef DATE_TEXT
#undef NOW_TEXT
#undef LIKE_ESCAPE
#undef COLLATE_BYTES
#undef SQL
#undef SQL_BY_ENGINE
