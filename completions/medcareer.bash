# bash completion for medcareer. The candidates come from `medcareer __complete`, which
# reads them from the program's own commands and options and from the catalog in use, so
# this script never needs to change when a command or an id is added.
_medcareer() {
    local cur words cword
    # The words up to the cursor as medcareer will see them: `--format=js` stays one word.
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n =: cur words cword
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    # bash itself splits at '=', so what it replaces is the part after it.
    local keep=
    [[ $cur == --*=* ]] && keep="${cur%%=*}="
    local line kind= candidates=()
    while IFS= read -r line; do
        case $line in
            :files) kind=files ;;
            :dirs) kind=dirs ;;
            *) line=${line%%$'\t'*}; candidates+=("${line#"$keep"}") ;;
        esac
    done < <("${words[0]}" __complete "${words[@]:1:cword}" 2>/dev/null)
    COMPREPLY=("${candidates[@]}")
    if [[ -n $kind ]]; then
        local IFS=$'\n'
        compopt -o filenames 2>/dev/null
        if [[ $kind == dirs ]]; then
            COMPREPLY+=($(compgen -d -- "${cur#"$keep"}"))
        else
            COMPREPLY+=($(compgen -f -- "${cur#"$keep"}"))
        fi
    fi
}
complete -F _medcareer medcareer
