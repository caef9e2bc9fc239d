using System.Globalization;
using System.Text;

namespace SamDeploy.Benchmarks;

/// <summary>The function block the API template generators share: a function with one event on its own path.</summary>
internal static class EventFunctionBlock
{
    /// <summary>
    /// Appends function <paramref name="i"/> with a <c>get</c> event of <paramref name="eventType"/> on
    /// <c>/items{i}/{id}</c>, on the API <paramref name="api"/> names (its property and logical id) or the implicit one.
    /// </summary>
    public static void Append(StringBuilder text, int i, string eventType, (string Property, string LogicalId)? api)
    {
        text.Append(CultureInfo.InvariantCulture, $$"""
              Function{{i}}:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: app.handler{{i}}
                  CodeUri: s3://bench-bucket/function{{i}}.zip
                  Events:
                    Get:
                      Type: {{eventType}}
                      Properties:

            """);
        if (api is { } target)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                            {target.Property}: !Ref {target.LogicalId}

                """);
        }

        text.Append(CultureInfo.InvariantCulture, $$"""
                        Path: /items{{i}}/{id}
                        Method: get

            """);
    }
}
