SELECT max(id) FROM tree_versions
