SET LOCAL ROLE ww_owner
