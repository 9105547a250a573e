CREATE ROLE "{name}" LOGIN PASSWORD '{verifier}' IN ROLE {group}
