# fish completion for medcareer. The candidates come from `medcareer __complete`, which
# reads them from the program's own commands and options and from the catalog in use.
function __medcareer_complete
    set -l words (commandline -opc)
    set -l current "$(commandline -ct)"
    for line in ($words[1] __complete $words[2..-1] "$current" 2>/dev/null)
        switch $line
            case :files
                __fish_complete_path "$current"
            case :dirs
                __fish_complete_directories "$current"
            case '*'
                echo $line
        end
    end
end

complete -c medcareer -f -a '(__medcareer_complete)'
