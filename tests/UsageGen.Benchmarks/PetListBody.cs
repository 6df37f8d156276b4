using System.IO;
using System.Text.Json;

namespace UsageGen.Benchmarks;

/// <summary>
/// A JSON array of pets in tests/specs/constructs.yaml's shape, about as large as asked: cats with every kind of
/// property (formats Kiota reads itself, enums, a map, untyped values, a nested friend with a discriminator, an owner
/// whose pets are discriminated too), dogs and plain pets, in turn. The same bytes on every run.
/// </summary>
internal static class PetListBody
{
    private static readonly string[] Kinds = { "cat", "dog", "1h", "24h", "7d", "month_to_date", "-", "", "in-progress" };

    public static byte[] Create(int minimumBytes)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            for (var index = 0; json.BytesCommitted + json.BytesPending < minimumBytes; index++)
            {
                switch (index % 3)
                {
                    case 0:
                        WriteCat(json, index);
                        break;
                    case 1:
                        json.WriteStartObject();
                        json.WriteNumber("id", index);
                        json.WriteString("name", "Rex " + index);
                        json.WriteString("petType", "Dog");
                        json.WriteNumber("barksPerDay", index % 50);
                        json.WriteString("kind", Kinds[index % Kinds.Length]);
                        json.WriteNull("nickname");
                        json.WriteEndObject();
                        break;
                    default:
                        json.WriteStartObject();
                        json.WriteNumber("id", index);
                        json.WriteString("name", "Nemo " + index);
                        json.WriteString("status", "available");
                        json.WriteEndObject();
                        break;
                }
            }

            json.WriteEndArray();
        }

        return stream.ToArray();
    }

    private static void WriteCat(Utf8JsonWriter json, int index)
    {
        json.WriteStartObject();
        json.WriteNumber("id", index);
        json.WriteString("name", "Tom " + index);
        json.WriteString("petType", "Cat");
        json.WriteNumber("livesLeft", index % 9);
        json.WriteString("kind", Kinds[index % Kinds.Length]);
        json.WriteNumber("weight", 4.25 + index % 10);
        json.WriteNumber("height", 0.1 * (index % 7));
        json.WriteNumber("price", 1234.56m + index);
        json.WriteString("born", "2020-02-29");
        json.WriteString("feeding", "07:30:15");
        json.WriteString("interval", "PT1H30M");
        json.WriteString("chip", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        json.WriteString("avatar", "iVBORw0KGgo=");
        json.WriteString("homepage", "https://pets.example.test/tom/" + index);
        json.WriteBoolean("adopted", index % 2 == 0);
        json.WriteString("nickname", "Tommy");
        json.WriteStartObject("labels");
        json.WriteString("colour", "grey");
        json.WriteString("mood", "grumpy");
        json.WriteEndObject();
        json.WriteStartObject("extra");
        json.WriteNumber("score", index);
        json.WriteStartArray("flags");
        json.WriteBooleanValue(true);
        json.WriteStringValue("x");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("tags");
        json.WriteStringValue("indoor");
        json.WriteStringValue("old");
        json.WriteEndArray();
        json.WriteStartObject("friend");
        json.WriteNumber("id", index + 1);
        json.WriteString("name", "Rex");
        json.WriteString("petType", "Dog");
        json.WriteNumber("barksPerDay", 3);
        json.WriteEndObject();
        json.WriteStartObject("owner");
        json.WriteString("name", "Ann");
        json.WriteStartArray("pets");
        json.WriteStartObject();
        json.WriteNumber("id", index);
        json.WriteString("name", "Tom");
        json.WriteString("petType", "Cat");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("status", "sold");
        json.WriteEndObject();
    }
}
