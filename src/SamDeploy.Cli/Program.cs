namespace SamDeploy.Cli;

/// <summary>The entry point of the <c>samdeploy</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, new ProcessCliEnvironment());
}
