using JobFramework.Comp.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
