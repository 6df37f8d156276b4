using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace UsageGen.Benchmarks;

/// <summary>
/// Writes a deterministic OpenAPI 3.0 description kept as many files joined by relative <c>$ref</c>s: a root, one
/// path-item file per resource, one file per schema, a bundle of small schemas addressed by fragment and shared
/// parameters and responses.
/// </summary>
/// <remarks>
/// The references take every form the generator follows: a whole file (<c>./schemas/Pet17.yaml</c>), a fragment of
/// another file (<c>../common/parameters.yaml#/Limit</c>), a sibling (<c>./Pet18.yaml</c>), a detour through the
/// parent directory (<c>../schemas/tags.yaml#/Tag3</c>) and a reference local to a non-root file (<c>#/Tag0</c>).
/// </remarks>
internal static class SyntheticMultiFileDescription
{
    public const string RootPath = "/project/api/root.yaml";

    /// <summary>How many schemas the fragment bundle <c>schemas/tags.yaml</c> holds.</summary>
    private const int Tags = 10;

    /// <summary>The root and every file it reaches, by path: <paramref name="resources"/> path files of four operations each and <paramref name="schemas"/> schema files.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Create(int resources, int schemas)
    {
        if (resources < 1 || schemas < 8)
        {
            throw new ArgumentOutOfRangeException(nameof(schemas), schemas, "needs at least one resource and eight schemas");
        }

        var files = new List<KeyValuePair<string, string>> { new(RootPath, Root(resources, schemas)) };
        for (var r = 0; r < resources; r++)
        {
            files.Add(new(Invariant($"/project/api/paths/resource{r}.yaml"), PathItem(r, schemas)));
        }

        for (var s = 0; s < schemas; s++)
        {
            files.Add(new(SchemaPath(s), Schema(s, schemas, edited: false)));
        }

        files.Add(new("/project/api/schemas/tags.yaml", TagBundle()));
        files.Add(new("/project/api/common/parameters.yaml", Parameters()));
        files.Add(new("/project/api/common/responses.yaml", Responses()));
        return files;
    }

    /// <summary>Where schema <paramref name="index"/> is kept.</summary>
    public static string SchemaPath(int index) => Invariant($"/project/api/schemas/Pet{index}.yaml");

    /// <summary>
    /// The text of schema file <paramref name="index"/>; <paramref name="edited"/> gives the version with one more
    /// property, as when someone edits a referenced file.
    /// </summary>
    public static string Schema(int index, int schemas, bool edited)
    {
        // Pets form rings of eight (as the single-file scale descriptions do), so reference chains stay short.
        var next = index % 8 == 7 || index + 1 == schemas ? index - index % 8 : index + 1;
        var yaml = new StringBuilder(600)
            .Append("type: object\n")
            .Append(Invariant($"description: Pet {index}, kept in a file of its own.\n"))
            .Append("required: [id, name]\n")
            .Append("properties:\n")
            .Append("  id: {type: integer, format: int64}\n")
            .Append("  name: {type: string}\n")
            .Append("  born: {type: string, format: date}\n")
            .Append("  weight: {type: number, format: double}\n")
            .Append("  status: {type: string, enum: [available, pending, sold]}\n")
            .Append(Invariant($"  next: {{$ref: './Pet{next}.yaml'}}\n"))
            .Append(Invariant($"  tag: {{$ref: '../schemas/tags.yaml#/Tag{index % Tags}'}}\n"))
            .Append("  owners:\n")
            .Append("    type: array\n")
            .Append(Invariant($"    items: {{$ref: './Pet{index - index % 8}.yaml'}}\n"));
        if (edited)
        {
            yaml.Append("  note: {type: string, description: Added by an edit.}\n");
        }

        return yaml.ToString();
    }

    private static string Root(int resources, int schemas)
    {
        var yaml = new StringBuilder(resources * 80 + schemas * 60)
            .Append("openapi: 3.0.3\n")
            .Append("info:\n")
            .Append("  title: Synthetic multi-file description\n")
            .Append("  version: '1.0'\n")
            .Append("servers:\n")
            .Append("  - url: https://pets.example.test/v1\n")
            .Append("paths:\n");
        for (var r = 0; r < resources; r++)
        {
            yaml.Append(Invariant($"  /area{r / 8}/pets-{r}:\n"))
                .Append(Invariant($"    $ref: './paths/resource{r}.yaml#/collection'\n"))
                .Append(Invariant($"  /area{r / 8}/pets-{r}/{{petId}}:\n"))
                .Append(Invariant($"    $ref: './paths/resource{r}.yaml#/item'\n"));
        }

        // Naming every schema file in the root gives each its component name, as a hand-written root does.
        yaml.Append("components:\n")
            .Append("  schemas:\n");
        for (var s = 0; s < schemas; s++)
        {
            yaml.Append(Invariant($"    Pet{s}: {{$ref: './schemas/Pet{s}.yaml'}}\n"));
        }

        return yaml.ToString();
    }

    private static string PathItem(int resource, int schemas)
    {
        var pet = Invariant($"../schemas/Pet{resource * 3 % schemas}.yaml");
        var body = Invariant($"../schemas/Pet{(resource * 3 + 1) % schemas}.yaml");
        return new StringBuilder(1600)
            .Append("collection:\n")
            .Append("  get:\n")
            .Append(Invariant($"    operationId: listPets{resource}\n"))
            .Append("    parameters:\n")
            .Append("      - $ref: '../common/parameters.yaml#/Limit'\n")
            .Append("      - {name: tag, in: query, schema: {type: array, items: {type: string}}}\n")
            .Append("    responses:\n")
            .Append("      '200':\n")
            .Append("        description: The pets.\n")
            .Append("        content:\n")
            .Append("          application/json:\n")
            .Append(Invariant($"            schema: {{type: array, items: {{$ref: '{pet}'}}}}\n"))
            .Append("      default: {$ref: '../common/responses.yaml#/Error'}\n")
            .Append("  post:\n")
            .Append(Invariant($"    operationId: createPet{resource}\n"))
            .Append("    requestBody:\n")
            .Append("      required: true\n")
            .Append("      content:\n")
            .Append("        application/json:\n")
            .Append(Invariant($"          schema: {{$ref: '{body}'}}\n"))
            .Append("    responses:\n")
            .Append("      '201':\n")
            .Append("        description: The pet created.\n")
            .Append("        content:\n")
            .Append("          application/json:\n")
            .Append(Invariant($"            schema: {{$ref: '{pet}'}}\n"))
            .Append("      default: {$ref: '../common/responses.yaml#/Error'}\n")
            .Append("item:\n")
            .Append("  parameters:\n")
            .Append("    - $ref: '../common/parameters.yaml#/PetId'\n")
            .Append("  get:\n")
            .Append(Invariant($"    operationId: getPet{resource}\n"))
            .Append("    responses:\n")
            .Append("      '200':\n")
            .Append("        description: The pet.\n")
            .Append("        content:\n")
            .Append("          application/json:\n")
            .Append(Invariant($"            schema: {{$ref: '../schemas/../schemas/Pet{resource * 3 % schemas}.yaml'}}\n"))
            .Append("      '404': {$ref: '../common/responses.yaml#/Error'}\n")
            .Append("  delete:\n")
            .Append(Invariant($"    operationId: deletePet{resource}\n"))
            .Append("    responses:\n")
            .Append("      '204': {description: Deleted.}\n")
            .Append("      default: {$ref: '../common/responses.yaml#/Error'}\n")
            .ToString();
    }

    private static string TagBundle()
    {
        var yaml = new StringBuilder(Tags * 160);
        for (var t = 0; t < Tags; t++)
        {
            yaml.Append(Invariant($"Tag{t}:\n"))
                .Append("  type: object\n")
                .Append("  properties:\n")
                .Append("    label: {type: string}\n")
                .Append("    color: {type: string, enum: [red, green, blue]}\n");
            if (t > 0)
            {
                // A reference local to this file, not to the root.
                yaml.Append("    parent: {$ref: '#/Tag0'}\n");
            }
        }

        return yaml.ToString();
    }

    private static string Parameters() =>
        "Limit:\n" +
        "  name: limit\n" +
        "  in: query\n" +
        "  schema: {type: integer, format: int32, default: 20}\n" +
        "PetId:\n" +
        "  name: petId\n" +
        "  in: path\n" +
        "  required: true\n" +
        "  schema: {type: integer, format: int64}\n";

    private static string Responses() =>
        "Error:\n" +
        "  description: An error.\n" +
        "  content:\n" +
        "    application/json:\n" +
        "      schema:\n" +
        "        type: object\n" +
        "        required: [code]\n" +
        "        properties:\n" +
        "          code: {type: string}\n" +
        "          message: {type: string}\n";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
