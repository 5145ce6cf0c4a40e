# fish completion for shop; load it with: shop --completion fish | source
function __shop_at --description 'whether the words so far name this group or command'
  set -l words (commandline -opc)
  set -e words[1]
  set -l cmd_path ''
  for word in $words
    set -l next $word
    test -n "$cmd_path"; and set next "$cmd_path $word"
    contains -- $next 'db' 'serve' 'db migrate' 'db load'; and set cmd_path $next
  end
  test "$cmd_path" = "$argv[1]"
end
complete -c shop -f
complete -c shop -n "__shop_at ''" -a 'serve db'
complete -c shop -n "__shop_at ''" -l help -l version -l completion
complete -c shop -n "__shop_at 'db'" -a 'migrate load'
complete -c shop -n "__shop_at 'db'" -l help
complete -c shop -n "__shop_at 'serve'" -l verbose
complete -c shop -n "__shop_at 'serve'" -l port -r
complete -c shop -n "__shop_at 'serve'" -l mode -x -a 'LIVE MAINTENANCE'
complete -c shop -n "__shop_at 'serve'" -l help
complete -c shop -n "__shop_at 'serve'" -a 'launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit='
complete -c shop -n "__shop_at 'db migrate'" -l db-path -r
complete -c shop -n "__shop_at 'db migrate'" -l verbose
complete -c shop -n "__shop_at 'db migrate'" -l dry-run
complete -c shop -n "__shop_at 'db migrate'" -l to -r
complete -c shop -n "__shop_at 'db migrate'" -l help
complete -c shop -n "__shop_at 'db migrate'" -a 'url= pool= launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit='
complete -c shop -n "__shop_at 'db load'" -l db-path -r
complete -c shop -n "__shop_at 'db load'" -l verbose
complete -c shop -n "__shop_at 'db load'" -l dry-run
complete -c shop -n "__shop_at 'db load'" -l format -x -a 'csv json'
complete -c shop -n "__shop_at 'db load'" -l help
complete -c shop -n "__shop_at 'db load'" -a 'url= pool= launcher=sequential launcher=parallel launcher=process launcher=slurm launcher=shuffled launcher.threads= launcher.workers= launcher.retries= launcher.reuse= launcher.partition= launcher.time= launcher.cpus= launcher.mem= launcher.parallel= launcher.jobsPerTask= launcher.poll= launcher.args= launcher.env. launcher.seed= sweeper=grid sweeper=random sweeper=halving sweeper=doubling sweeper.trials= sweeper.seed= sweeper.budget= sweeper.min= sweeper.max= sweeper.eta= sweeper.candidates= sweeper.objective= sweeper.direction= sweeper.limit='
