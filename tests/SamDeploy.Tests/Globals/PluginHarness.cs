using System.Collections.Immutable;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;
using SamDeploy.Transform.Plugins.Globals;

namespace SamDeploy.Tests.Globals;

/// <summary>Runs the Globals plugin alone on a template written in YAML.</summary>
internal static class PluginHarness
{
    public static TransformContext Run(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        var template = read.Template ?? throw new InvalidOperationException("The test template does not parse.");
        var context = new TransformContext(TransformOptions.Default, template, ImmutableDictionary<string, JToken>.Empty, default);
        new GlobalsPlugin().BeforeResources(context);
        return context;
    }

    public static string ErrorOf(string yaml)
    {
        try
        {
            Run(yaml);
        }
        catch (SamTemplateException e)
        {
            return e.Diagnostics.Single().FullMessage;
        }

        throw new InvalidOperationException("The plugin accepted the template.");
    }
}
