#compdef shop
# zsh completion for shop; load it with: source <(shop --completion zsh)
_shop() {
  local cmd_path='' i
  for ((i = 2; i < CURRENT; i++)); do
    case "${cmd_path:+$cmd_path }${words[i]}" in
      'db'|'serve'|'db migrate'|'db load') cmd_path="${cmd_path:+$cmd_path }${words[i]}" ;;
    esac
  done
  case "$cmd_path" in
    '') compadd -- serve db --help --version --completion ;;
    'db') compadd -- migrate load --help ;;
    'serve')
      case ${words[CURRENT-1]} in
        --mode) compadd -- LIVE MAINTENANCE; return ;;
      esac
      compadd -S '' -- launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=
      compadd -- --verbose --port --mode --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled sweeper=grid sweeper=random sweeper=halving sweeper=doubling
      ;;
    'db migrate')
      case ${words[CURRENT-1]} in
      esac
      compadd -S '' -- url= pool= launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=
      compadd -- --db-path --verbose --dry-run --to --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled sweeper=grid sweeper=random sweeper=halving sweeper=doubling
      ;;
    'db load')
      case ${words[CURRENT-1]} in
        --format) compadd -- csv json; return ;;
      esac
      compadd -S '' -- url= pool= launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit=
      compadd -- --db-path --verbose --dry-run --format --multirun --sweep --fail-fast --max-failures --stop-running --job-timeout --quiet --no-progress --help launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled sweeper=grid sweeper=random sweeper=halving sweeper=doubling
      ;;
  esac
}
compdef _shop shop
