"""Teaching: lessons and the experiments that make the seed's claims."""
