# bash completion for shop; load it with: source <(shop --completion bash)
_shop_complete() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
  local cmd_path='' i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "${cmd_path:+$cmd_path }${COMP_WORDS[i]}" in
      'db'|'serve'|'db migrate'|'db load') cmd_path="${cmd_path:+$cmd_path }${COMP_WORDS[i]}" ;;
    esac
  done
  case "$cmd_path" in
    '') COMPREPLY=($(compgen -W "serve db --help --version --completion" -- "$cur")) ;;
    'db') COMPREPLY=($(compgen -W "migrate load --help" -- "$cur")) ;;
    'serve')
      case "$prev" in
        --mode) COMPREPLY=($(compgen -W "LIVE MAINTENANCE" -- "$cur")); return ;;
      esac
      local words="--verbose --port --mode --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=" w
      COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;
    'db migrate')
      case "$prev" in
      esac
      local words="--db-path --verbose --dry-run --to --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help url= pool= launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=" w
      COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;
    'db load')
      case "$prev" in
        --format) COMPREPLY=($(compgen -W "csv json" -- "$cur")); return ;;
      esac
      local words="--db-path --verbose --dry-run --format --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help url= pool= launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=" w
      COMPREPLY=($(compgen -W "$words" -- "$cur")) ;;
  esac
  if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *[=.] ]]; then compopt -o nospace 2>/dev/null; fi
}
complete -F _shop_complete shop
