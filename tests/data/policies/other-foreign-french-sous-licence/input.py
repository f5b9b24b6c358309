# Copyright (C) 2018 Exemple SARL
#
# Ce fichier est distribué sous licence MIT ; voir le fichier LICENSE à la
# racine du dépôt.

def lire():
    return None
