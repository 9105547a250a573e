SELECT content FROM trees WHERE identity = :identity
