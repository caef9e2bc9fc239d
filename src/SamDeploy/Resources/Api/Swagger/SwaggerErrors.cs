using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>The reference's errors about an API definition's structure (<c>Structure of the SAM template is invalid. ...</c>).</summary>
internal static class SwaggerErrors
{
    /// <summary>A structural mistake in the definition; it stops the transform (the reference's InvalidDocumentException).</summary>
    public static SamTemplateException Invalid(string message, Newtonsoft.Json.Linq.JToken? at = null) => TemplateErrors.Document(message, at);

    public static void RequireMap(Newtonsoft.Json.Linq.JToken? value, string message)
    {
        if (value is not Newtonsoft.Json.Linq.JObject)
        {
            throw Invalid(message);
        }
    }

    public static void RequirePathItemMap(Newtonsoft.Json.Linq.JToken? item, string path) =>
        RequireMap(item, $"Value of '{path}' path must be a dictionary according to Swagger spec.");

    public static void RequireMethodMap(Newtonsoft.Json.Linq.JToken? item, string path, string method) =>
        RequireMap(item, $"Definition of method '{method}' for path '{path}' should be a map.");
}
