// A tiny template generator that embeds SamDeploy:
//   dotnet run --project samples/embedding -- orders billing          generate a stack, print CloudFormation (JSON)
//   dotnet run --project samples/embedding -- orders --yaml           the same as YAML
//   cat template.yaml | dotnet run --project samples/embedding -- -   transform a template read from standard input
// Ctrl+C cancels the transform. Problems are printed as FILE(LINE,COL): error SAMxxxx: message, exit code 1.
using SamDeploy.Embedding;
using SamDeploy.Samples.Embedding;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

var format = args.Contains("--yaml") ? TemplateFormat.Yaml : TemplateFormat.Json;
var names = args.Where(a => !a.StartsWith('-')).ToList();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// One transformer holds the options; it is immutable and may be shared by many threads.
var transformer = new SamTransformer(new TransformOptions { Region = "eu-west-1" });

// In-memory input: a tree built in code, or a stream (here standard input).
TransformResult result = args.Contains("-")
    ? await transformer.TransformAsync(Console.OpenStandardInput(), "<stdin>", cancellation.Token)
    : transformer.Transform(StackGenerator.Generate(names.Count > 0 ? names : ["orders"]), cancellation.Token);

foreach (var diagnostic in result.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);
}

if (!result.Success)
{
    return 1;
}

Console.Out.Write(TemplateWriter.Write(result.Template!, format));
return 0;
