# Script mode helper: writes OUT_0.txt ... OUT_9.txt, the one-word lemmas of
# the WordNet index file IN (index.noun, index.verb, ...), one per line, in
# ten parts: each stays a string literal under the 64 KiB that compilers
# must support. Multiword lemmas ("make_up") and the licence header are left
# out.
file(STRINGS "${IN}" lines REGEX "^[a-z][a-z'-]* ")
list(TRANSFORM lines REPLACE " .*$" "")
list(REMOVE_DUPLICATES lines)
list(LENGTH lines n)
math(EXPR per "(${n} + 9) / 10")
foreach(part RANGE 0 9)
  math(EXPR start "${part} * ${per}")
  set(content "")
  if(start LESS n)
    list(SUBLIST lines ${start} ${per} slice)
    string(JOIN "\n" content ${slice})
    string(APPEND content "\n")
  endif()
  file(WRITE "${OUT}_${part}.txt.tmp" "${content}")
  file(RENAME "${OUT}_${part}.txt.tmp" "${OUT}_${part}.txt")
endforeach()
