# The real-text corpus tool: a passage is cut from a saved excerpt, found
# again by its hash when the cache is rebuilt, and `refill` says which
# excerpt file to write and what to search for when the cache is empty.
corpus() {
  WIJZIJ_REAL_CACHE="$WORK/cache" python3 "$ROOT/tools/real_corpus.py" "$@" \
    >"$WORK/.out" 2>"$WORK/.err" </dev/null
  echo $? >"$WORK/.rc"
}
{
  printf 'Kop van de pagina\nDe brug over de Vaart is vanaf woensdag weer open voor alle verkeer. '
  printf 'Tijdens het onderhoud zijn de leuningen vervangen en is het wegdek vernieuwd. '
  printf 'Fietsers en voetgangers kunnen weer over het brede pad aan de oostkant. '
  printf 'De gemeente dankt de buurt voor het geduld in de afgelopen zes weken van werkzaamheden. '
  printf 'Vragen kunt u stellen via het algemene nummer van de gemeente.\nVolg ons\n'
} > page.txt
url=https://voorbeeld.nl/nieuws/brug-over-de-vaart-weer-open-1234
corpus add page.txt --url "$url" --genre nieuws --start 'De brug over' --end 'de gemeente.' --batch t
expect_exit 0
id=$(cut -f1 .out)
row=$(tail -n 1 cache/collected/t.tsv)

# A page already in the references, or from a site of the other split, is
# refused: new passages go to dev unless --split says test, and no site may
# be in both.
printf '# id\turl\tsite\tsplit\nr1\t%s/1\tvoorbeeld.nl\tdev\n' "$url" > known.tsv
corpus add page.txt --url "$url/1" --genre nieuws --start 'De brug over' --end 'de gemeente.' \
  --batch u --refs known.tsv
expect_exit 1
expect_stderr_contains 'already in the references as r1'
printf '# id\turl\tsite\tsplit\nr2\thttps://voorbeeld.nl/ander\tvoorbeeld.nl\ttest\n' > known.tsv
corpus add page.txt --url "$url/2" --genre nieuws --start 'De brug over' --end 'de gemeente.' \
  --batch u --refs known.tsv
expect_exit 1
expect_stderr_contains 'voorbeeld.nl is a site of the test split'
# A passage for the test split refuses a site of dev instead.
printf '# id\turl\tsite\tsplit\nr3\thttps://voorbeeld.nl/derde\tvoorbeeld.nl\tdev\n' > known.tsv
corpus add page.txt --url "$url/3" --genre nieuws --start 'De brug over' --end 'de gemeente.' \
  --batch u --split test --refs known.tsv
expect_exit 1
expect_stderr_contains 'voorbeeld.nl is a site of the dev split'
[ ! -e cache/collected/u.tsv ] || fail "a refused passage was recorded"
printf '# id\turl\tsite\tgenre\thash\twords\tsplit\n%s\tdev\n' "$row" > refs.tsv
corpus check refs.tsv
expect_exit 0
expect_stderr_contains '1 of 1 passages'

# A new machine: the cache is gone.
rm -rf cache
corpus check refs.tsv
expect_exit 1
expect_stdout_contains "$id	missing	$url"
corpus refill refs.tsv --split test
expect_exit 0
expect_stdout_lacks "$id"
corpus refill refs.tsv --split dev
expect_exit 0
expect_stdout_contains "	brug over de vaart weer open"
excerpt=$(awk -F'\t' 'NR == 2 {print $3}' .out)
# The page found again, its excerpt saved where refill says: cut again.
mkdir -p "$(dirname "$excerpt")"
cp page.txt "$excerpt"
corpus check refs.tsv
expect_exit 0
grep -q '^De brug over de Vaart' "cache/passages/$id.txt" || fail "passage not cut again"

# The two readers' agreement, on the passages in the cache only.
printf '# id\tvoice\tscheme\n%s\tbestuur\tnone\n' "$id" > second.tsv
printf '# id\turl\tsite\tgenre\thash\twords\tsplit\tvoice\tscheme\n%s\tdev\tbestuur\tnone\n' "$row" > refs.tsv
corpus agreement refs.tsv second.tsv
expect_exit 0
expect_stdout_contains '1 passages labelled by both readers are in the cache'
expect_stdout_contains 'voice	1.00'
printf '# id\tvoice\tscheme\n%s\tverslag\tnone\n' "$id" > second.tsv
corpus agreement refs.tsv second.tsv
expect_stdout_contains 'voice	0.00'
expect_stdout_contains 'scheme	1.00'
rm -rf cache
corpus agreement refs.tsv second.tsv
expect_exit 1
expect_stderr_contains 'no passage of the second reader is in the cache'
