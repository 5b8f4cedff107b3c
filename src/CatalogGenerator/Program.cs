using FleetCatalog.Cli;

return await CatalogCli.RunAsync(args, Console.Out, Console.Error, Console.OpenStandardInput);
