namespace UsageGen.Generator.Tests;

/// <summary>A description whose <c>$ref</c>s point into the middle of components and paths, one of each kind.</summary>
internal static class JsonPointerDescription
{
    public const string Path = "/specs/pointers.yaml";

    public const string Yaml = """
        openapi: 3.0.3
        info:
          title: Pointers
          version: '1'
        servers:
          - url: https://api.example.test
        paths:
          /pets:
            get:
              parameters:
                - $ref: '#/components/parameters/Limit'
                - name: offset
                  in: query
                  schema:
                    $ref: '#/components/parameters/Limit/schema'
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          items:
                            type: array
                            items:
                              $ref: '#/components/schemas/Pet'
                          cursor:
                            type: object
                            properties:
                              next:
                                type: string
                '409':
                  $ref: '#/components/responses/Conflict'
          /pets/{id}:
            get:
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
                - $ref: '#/paths/~1pets/get/parameters/0'
              responses:
                '200':
                  description: the owner
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Pet/properties/owner'
                '409':
                  $ref: '#/paths/~1pets/get/responses/409'
          /owners:
            get:
              responses:
                '200':
                  description: a page cursor
                  content:
                    application/json:
                      schema:
                        $ref: '#/paths/~1pets/get/responses/200/content/application~1json/schema/properties/cursor'
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: '#/components/responses/Conflict/content/application~1json/schema'
              responses:
                '204':
                  description: done
            put:
              requestBody:
                $ref: '#/paths/~1owners/post/requestBody'
              responses:
                '200':
                  description: an owner, through a percent-encoded pointer
                  content:
                    application/json:
                      schema:
                        $ref: '#/paths/~1pets~1%7Bid%7D/get/responses/200/content/application~1json/schema'
        components:
          parameters:
            Limit:
              name: limit
              in: query
              schema:
                type: integer
                format: int32
          responses:
            Conflict:
              description: conflict
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      reason:
                        type: string
          schemas:
            Tag:
              allOf:
                - type: object
                  properties:
                    label:
                      type: string
                - type: object
                  properties:
                    color:
                      type: string
            Pet:
              type: object
              properties:
                name:
                  type: string
                owner:
                  type: object
                  properties:
                    ownerName:
                      type: string
                    mentor:
                      $ref: '#/components/schemas/Pet/properties/owner'
                    favourite:
                      $ref: '#/components/schemas/Pet/properties/tag'
                tag:
                  $ref: '#/components/schemas/Tag'
                tagBase:
                  $ref: '#/components/schemas/Tag/allOf/0'
                sameOwner:
                  $ref: '#/components/schemas/Pet/properties/owner'
                owners:
                  type: array
                  items:
                    $ref: '#/components/schemas/Pet/properties/owner'
                ownersByName:
                  type: object
                  additionalProperties:
                    $ref: '#/components/schemas/Pet/properties/owner'
                label:
                  $ref: '#/components/schemas/Tag/allOf/0/properties/label'
                either:
                  oneOf:
                    - $ref: '#/components/schemas/Pet/properties/owner'
                    - $ref: '#/components/schemas/Tag/allOf/1'
        """;
}
