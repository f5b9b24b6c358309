# Filters contributed by a user on the mailing list.
# "You may use them under the WTFPL, which is GPL-compatible."

filter_spam() { :; }
