# Script mode helper: writes OUT, the one-word lemmas of the WordNet index
# file IN (index.noun, index.verb, ...), one per line. Multiword lemmas
# ("make_up") and the licence header are left out.
file(STRINGS "${IN}" lines REGEX "^[a-z][a-z'-]* ")
list(TRANSFORM lines REPLACE " .*$" "")
list(REMOVE_DUPLICATES lines)
string(JOIN "\n" content ${lines})
file(WRITE "${OUT}.tmp" "${content}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
