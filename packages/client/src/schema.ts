/**
 * Generated from the Switchboard server's OpenAPI document (`/openapi.json`) by openapi-typescript.
 * Do not edit: run `npm run generate:client` after changing a route or a schema.
 */
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Ready unless the store cannot be reached: then 503 with the same fields and `error.code` STORE_UNAVAILABLE. Redis down leaves a cluster node ready: it keeps serving the tenants it owns (docs/cluster.md, "Failures"). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: 'ready' | 'unavailable';
              /** @description this node in a cluster; null for one process */
              nodeId: string | null;
              mode: 'single' | 'cluster';
              postgres: 'ok' | 'down' | 'not-used';
              redis: 'ok' | 'down' | 'not-used';
              /** @description tenants this node serves (in a cluster: holds a replica of) */
              tenants: number;
              /** @description tenants whose commands this node executes */
              tenantsOwned: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            tenantId: string;
            agentId: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              tenantId: string;
              subject: string;
              role: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/widget/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            tenantId: string;
            visitorId?: string;
            userId?: string;
            issuedAt?: number;
            signature?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              tenantId: string;
              subject: string;
              role: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The caller: agent (agentId, role), customer (customerId, verified) or service (keyId). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kind: string;
              tenantId: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        401: components['responses']['Error401'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Creates a tenant and its first admin. Authorization: `Bearer <server admin token>`. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            tenantId: string;
            timeZone?: string;
            defaultLanguage?: string;
            admin: {
              id: string;
              name: string;
              password: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tenantId: string;
              adminId: string;
              token: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tenantId: string;
              settings: {
                timeZone: string;
                priorityStepSeconds: number;
                stickyWindowSeconds: number;
                stickyWaitSeconds: number;
                assignmentMode: 'direct' | 'offer';
                offerTimeoutSeconds: number;
                maxMissedOffers: number;
                firstResponseTimeoutSeconds: number;
                maxAutoTakeovers?: number;
                replyReminderSeconds: number;
                presenceGraceSeconds: number;
                dormantAfterSeconds: number;
                reviveWindowSeconds: number;
                badRatingMax: number;
                goodRatingMin: number;
                defaultGroupId: string | null;
                defaultGroupBySource: {
                  [key: string]: string;
                };
                serviceTimeSampleSize: number;
                randomSeed: number;
                closedRetention: number;
                defaultLanguage: string;
                exclusionLapseSeconds?: number;
                quickReplies?: {
                  id: string;
                  title: string;
                  text: string;
                  shortcut?: string;
                  language?: string;
                }[];
                agentSearchScope?: 'own' | 'groups';
                widgetMessages?: {
                  'zh-CN'?: {
                    welcome?: string;
                    queue?: string;
                    afterHours?: string;
                  };
                  en?: {
                    welcome?: string;
                    queue?: string;
                    afterHours?: string;
                  };
                };
                attachments?: {
                  maxBytes: number;
                  allowedTypes: (
                    | 'image/png'
                    | 'image/jpeg'
                    | 'image/gif'
                    | 'image/webp'
                    | 'application/pdf'
                    | 'text/plain'
                    | 'text/csv'
                    | 'application/msword'
                    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                    | 'application/vnd.ms-excel'
                    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                    | 'application/zip'
                  )[];
                };
                transfer: {
                  timeoutSeconds: number;
                  onFailure: 'notify' | 'forward' | 'return-to-queue';
                  maxForwards: number;
                  crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
                  weights: {
                    skill: number;
                    load: number;
                    experience: number;
                  };
                  experiencePrior: {
                    score: number;
                    weight: number;
                  };
                  experienceWindow: number;
                  recommendationCount: number;
                  templates: {
                    id: string;
                    name: string;
                    category: string;
                    fields: {
                      key: string;
                      label: string;
                      required: boolean;
                    }[];
                  }[];
                  rules: {
                    id: string;
                    name: string;
                    enabled: boolean;
                    when: {
                      keywords?: {
                        any?: string[];
                        all?: string[];
                      };
                      vipLevelAtLeast?: number;
                    };
                    action: 'suggest' | 'transfer';
                    target:
                      | {
                          /** @enum {string} */
                          kind: 'agent';
                          agentId: string;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'group';
                          groupId: string;
                        };
                    note: string;
                  }[];
                };
              };
              widgetSecretSet: boolean;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Changes the settings given; `transfer` is merged one level deep. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            timeZone?: string;
            priorityStepSeconds?: number;
            stickyWindowSeconds?: number;
            stickyWaitSeconds?: number;
            assignmentMode?: 'direct' | 'offer';
            offerTimeoutSeconds?: number;
            maxMissedOffers?: number;
            firstResponseTimeoutSeconds?: number;
            maxAutoTakeovers?: number;
            replyReminderSeconds?: number;
            presenceGraceSeconds?: number;
            dormantAfterSeconds?: number;
            reviveWindowSeconds?: number;
            badRatingMax?: number;
            goodRatingMin?: number;
            defaultGroupId?: string | null;
            defaultGroupBySource?: {
              [key: string]: string;
            };
            serviceTimeSampleSize?: number;
            randomSeed?: number;
            closedRetention?: number;
            defaultLanguage?: string;
            exclusionLapseSeconds?: number;
            quickReplies?: {
              id: string;
              title: string;
              text: string;
              shortcut?: string;
              language?: string;
            }[];
            agentSearchScope?: 'own' | 'groups';
            widgetMessages?: {
              'zh-CN'?: {
                welcome?: string;
                queue?: string;
                afterHours?: string;
              };
              en?: {
                welcome?: string;
                queue?: string;
                afterHours?: string;
              };
            };
            attachments?: {
              maxBytes: number;
              allowedTypes: (
                | 'image/png'
                | 'image/jpeg'
                | 'image/gif'
                | 'image/webp'
                | 'application/pdf'
                | 'text/plain'
                | 'text/csv'
                | 'application/msword'
                | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                | 'application/vnd.ms-excel'
                | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                | 'application/zip'
              )[];
            };
            transfer?: {
              timeoutSeconds?: number;
              onFailure?: 'notify' | 'forward' | 'return-to-queue';
              maxForwards?: number;
              crossDepartment?: 'allowed' | 'supervisor-only' | 'forbidden';
              weights?: {
                skill: number;
                load: number;
                experience: number;
              };
              experiencePrior?: {
                score: number;
                weight: number;
              };
              experienceWindow?: number;
              recommendationCount?: number;
              templates?: {
                id: string;
                name: string;
                category: string;
                fields: {
                  key: string;
                  label: string;
                  required: boolean;
                }[];
              }[];
              rules?: {
                id: string;
                name: string;
                enabled: boolean;
                when: {
                  keywords?: {
                    any?: string[];
                    all?: string[];
                  };
                  vipLevelAtLeast?: number;
                };
                action: 'suggest' | 'transfer';
                target:
                  | {
                      /** @enum {string} */
                      kind: 'agent';
                      agentId: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'group';
                      groupId: string;
                    };
                note: string;
              }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tenantId: string;
              settings: {
                timeZone: string;
                priorityStepSeconds: number;
                stickyWindowSeconds: number;
                stickyWaitSeconds: number;
                assignmentMode: 'direct' | 'offer';
                offerTimeoutSeconds: number;
                maxMissedOffers: number;
                firstResponseTimeoutSeconds: number;
                maxAutoTakeovers?: number;
                replyReminderSeconds: number;
                presenceGraceSeconds: number;
                dormantAfterSeconds: number;
                reviveWindowSeconds: number;
                badRatingMax: number;
                goodRatingMin: number;
                defaultGroupId: string | null;
                defaultGroupBySource: {
                  [key: string]: string;
                };
                serviceTimeSampleSize: number;
                randomSeed: number;
                closedRetention: number;
                defaultLanguage: string;
                exclusionLapseSeconds?: number;
                quickReplies?: {
                  id: string;
                  title: string;
                  text: string;
                  shortcut?: string;
                  language?: string;
                }[];
                agentSearchScope?: 'own' | 'groups';
                widgetMessages?: {
                  'zh-CN'?: {
                    welcome?: string;
                    queue?: string;
                    afterHours?: string;
                  };
                  en?: {
                    welcome?: string;
                    queue?: string;
                    afterHours?: string;
                  };
                };
                attachments?: {
                  maxBytes: number;
                  allowedTypes: (
                    | 'image/png'
                    | 'image/jpeg'
                    | 'image/gif'
                    | 'image/webp'
                    | 'application/pdf'
                    | 'text/plain'
                    | 'text/csv'
                    | 'application/msword'
                    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                    | 'application/vnd.ms-excel'
                    | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                    | 'application/zip'
                  )[];
                };
                transfer: {
                  timeoutSeconds: number;
                  onFailure: 'notify' | 'forward' | 'return-to-queue';
                  maxForwards: number;
                  crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
                  weights: {
                    skill: number;
                    load: number;
                    experience: number;
                  };
                  experiencePrior: {
                    score: number;
                    weight: number;
                  };
                  experienceWindow: number;
                  recommendationCount: number;
                  templates: {
                    id: string;
                    name: string;
                    category: string;
                    fields: {
                      key: string;
                      label: string;
                      required: boolean;
                    }[];
                  }[];
                  rules: {
                    id: string;
                    name: string;
                    enabled: boolean;
                    when: {
                      keywords?: {
                        any?: string[];
                        all?: string[];
                      };
                      vipLevelAtLeast?: number;
                    };
                    action: 'suggest' | 'transfer';
                    target:
                      | {
                          /** @enum {string} */
                          kind: 'agent';
                          agentId: string;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'group';
                          groupId: string;
                        };
                    note: string;
                  }[];
                };
              };
              widgetSecretSet: boolean;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    trace?: never;
  };
  '/api/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                keyId: string;
                name: string;
                /** Format: date-time */
                createdAt: string;
                revokedAt: string | null;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    /** @description Issues an API key; the key is in this answer only. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            keyId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              keyId: string;
              name: string;
              /** Format: date-time */
              createdAt: string;
              revokedAt: string | null;
              key: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/api-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** @description Revokes a key at once; revoking a revoked key changes nothing. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          keyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              keyId: string;
              name: string;
              /** Format: date-time */
              createdAt: string;
              revokedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/widget-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Rotates the HMAC key verified customers are signed with; the new one is in this answer only. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Agents change their own password (with the current one); admins set anyone’s. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            currentPassword?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              changed: boolean;
              token?: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                departmentId: string;
                name: string;
                parentId?: string | null;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/{departmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          departmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              departmentId: string;
              name: string;
              parentId?: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a department; `parentId` places it in the org chart. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          departmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            parentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              departmentId: string;
              name: string;
              parentId?: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    /** @description Removes a department nobody is in, nobody manages and with no sub-department; otherwise CONFIG_IN_USE naming what uses it. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          departmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              departmentId: string;
              /** @enum {boolean} */
              removed: true;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/skill-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                groupId: string;
                name: string;
                strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                params: {
                  k: number;
                  m: number;
                };
                overflow: {
                  afterSeconds: number;
                  groupId: string;
                }[];
                hours: {
                  timeZone: string;
                  weekly: {
                    /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                    day: number;
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                  }[];
                  exceptions: {
                    /** @description local date YYYY-MM-DD */
                    date: string;
                    windows: {
                      /** @description local time HH:mm; 24:00 is midnight */
                      from: string;
                      /** @description local time HH:mm; 24:00 is midnight */
                      to: string;
                    }[];
                  }[];
                  afterHours:
                    | {
                        /** @enum {string} */
                        kind: 'group';
                        groupId: string;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'leave-message';
                      };
                } | null;
                maxQueueLength: number | null;
                assignmentMode: ('direct' | 'offer') | null;
                offerTimeoutSeconds: number | null;
                serviceLevelSeconds: number;
                onAgentLost: 'reroute' | 'keep';
                members: string[];
                waiting: {
                  queued: number;
                  leftMessages: number;
                  overflow: number;
                  transfers: number;
                };
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/skill-groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupId: string;
              name: string;
              strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              params: {
                k: number;
                m: number;
              };
              overflow: {
                afterSeconds: number;
                groupId: string;
              }[];
              hours: {
                timeZone: string;
                weekly: {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  to: string;
                }[];
                exceptions: {
                  /** @description local date YYYY-MM-DD */
                  date: string;
                  windows: {
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                  }[];
                }[];
                afterHours:
                  | {
                      /** @enum {string} */
                      kind: 'group';
                      groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'leave-message';
                    };
              } | null;
              maxQueueLength: number | null;
              assignmentMode: ('direct' | 'offer') | null;
              offerTimeoutSeconds: number | null;
              serviceLevelSeconds: number;
              onAgentLost: 'reroute' | 'keep';
              members: string[];
              waiting: {
                queued: number;
                leftMessages: number;
                overflow: number;
                transfers: number;
              };
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a skill group: strategy, overflow tiers, business hours, queue limit, assignment mode. Fields left out take their defaults. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
            params?: {
              k: number;
              m: number;
            };
            overflow?: {
              afterSeconds: number;
              groupId: string;
            }[];
            hours?: {
              timeZone: string;
              weekly: {
                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                day: number;
                /** @description local time HH:mm; 24:00 is midnight */
                from: string;
                /** @description local time HH:mm; 24:00 is midnight */
                to: string;
              }[];
              exceptions: {
                /** @description local date YYYY-MM-DD */
                date: string;
                windows: {
                  /** @description local time HH:mm; 24:00 is midnight */
                  from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  to: string;
                }[];
              }[];
              afterHours:
                | {
                    /** @enum {string} */
                    kind: 'group';
                    groupId: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'leave-message';
                  };
            } | null;
            maxQueueLength?: number | null;
            assignmentMode?: ('direct' | 'offer') | null;
            offerTimeoutSeconds?: number | null;
            serviceLevelSeconds?: number;
            onAgentLost?: 'reroute' | 'keep';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupId: string;
              name: string;
              strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              params: {
                k: number;
                m: number;
              };
              overflow: {
                afterSeconds: number;
                groupId: string;
              }[];
              hours: {
                timeZone: string;
                weekly: {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  to: string;
                }[];
                exceptions: {
                  /** @description local date YYYY-MM-DD */
                  date: string;
                  windows: {
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                  }[];
                }[];
                afterHours:
                  | {
                      /** @enum {string} */
                      kind: 'group';
                      groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'leave-message';
                    };
              } | null;
              maxQueueLength: number | null;
              assignmentMode: ('direct' | 'offer') | null;
              offerTimeoutSeconds: number | null;
              serviceLevelSeconds: number;
              onAgentLost: 'reroute' | 'keep';
              members: string[];
              waiting: {
                queued: number;
                leftMessages: number;
                overflow: number;
                transfers: number;
              };
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    /** @description Removes a skill group nothing uses (no member, supervisor scope, routing rule, overflow tier, after-hours target, default, transfer rule, open conversation or pending transfer); otherwise CONFIG_IN_USE. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupId: string;
              /** @enum {boolean} */
              removed: true;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/skill-groups/{groupId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                agentId: string;
                name: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
                status: string;
                online: boolean;
                load: number;
                maxConcurrent: number;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/skill-groups/{groupId}/members/{agentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Adds the agent to the group, or changes their ability and tier in it. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ability: number;
            tier: 'primary' | 'secondary' | 'general';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                agentId: string;
                name: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
                status: string;
                online: boolean;
                load: number;
                maxConcurrent: number;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    /** @description Removes the agent from the group (their conversations stay theirs). */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
          agentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                agentId: string;
                name: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
                status: string;
                online: boolean;
                load: number;
                maxConcurrent: number;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          groupId?: string;
          departmentId?: string;
          role?: 'agent' | 'supervisor' | 'admin';
          status?: ('available' | 'busy' | 'away') | 'offline';
          online?: boolean;
          includeRemoved?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                agentId: string;
                name: string;
                role: 'agent' | 'supervisor' | 'admin';
                level: number;
                departmentId: string | null;
                memberships: {
                  groupId: string;
                  ability: number;
                  tier: 'primary' | 'secondary' | 'general';
                }[];
                languages: string[];
                maxConcurrent: number;
                transfer: {
                  mayInitiate: boolean;
                  mayReceive: boolean;
                  mayEscalate: boolean;
                  dailyLimit: number | null;
                  autoAccept:
                    | {
                        kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                      }
                    | {
                        /** @enum {string} */
                        kind: 'below-load';
                        load: number;
                      };
                };
                manages: {
                  departmentIds: string[];
                  groupIds: string[];
                };
                greeting: string | null;
                status: string;
                online: boolean;
                active: number;
                dormant: number;
                incoming: number;
                load: number;
                /** Format: date-time */
                lastAssignedAt: string;
                lifecycle: 'active' | 'disabled' | 'removed';
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces an agent’s profile; fields left out take their defaults. With `password` (password policy applies, checked before anything is saved) it also sets their password. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            role: 'agent' | 'supervisor' | 'admin';
            level?: number;
            departmentId?: string | null;
            memberships?: {
              groupId: string;
              ability: number;
              tier: 'primary' | 'secondary' | 'general';
            }[];
            languages?: string[];
            maxConcurrent: number;
            transfer?: {
              mayInitiate: boolean;
              mayReceive: boolean;
              mayEscalate: boolean;
              dailyLimit: number | null;
              autoAccept:
                | {
                    kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                  }
                | {
                    /** @enum {string} */
                    kind: 'below-load';
                    load: number;
                  };
            };
            manages?: {
              departmentIds: string[];
              groupIds: string[];
            };
            greeting?: string | null;
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    /** @description Admins: removes the agent for good (as disable, and they leave their groups); the id stays in the history. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description An agent sets their own status; a supervisor sets the status of an agent in their scope. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            status: 'available' | 'busy' | 'away';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/end-shift': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Hands the agent’s conversations to on-duty colleagues, returns the rest to the queue, sets them away. By the agent, a supervisor in scope, an admin or an API key. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              handedOver: string[];
              returned: string[];
              refused: {
                conversationId: string;
                code: string;
                message: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Admins: the agent can no longer sign in or work; their sessions end and their conversations return to routing. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Admins: a disabled agent may sign in again. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              name: string;
              role: 'agent' | 'supervisor' | 'admin';
              level: number;
              departmentId: string | null;
              memberships: {
                groupId: string;
                ability: number;
                tier: 'primary' | 'secondary' | 'general';
              }[];
              languages: string[];
              maxConcurrent: number;
              transfer: {
                mayInitiate: boolean;
                mayReceive: boolean;
                mayEscalate: boolean;
                dailyLimit: number | null;
                autoAccept:
                  | {
                      kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'below-load';
                      load: number;
                    };
              };
              manages: {
                departmentIds: string[];
                groupIds: string[];
              };
              greeting: string | null;
              status: string;
              online: boolean;
              active: number;
              dormant: number;
              incoming: number;
              load: number;
              /** Format: date-time */
              lastAssignedAt: string;
              lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Ends every session of the agent (this one too): by the agent themself or an admin. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agentId: string;
              signedOut: boolean;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agents/{agentId}/quick-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The agent's personal quick replies. Authorization: that agent only. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                title: string;
                text: string;
                shortcut?: string;
                language?: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Replaces the agent's personal quick replies (at most 50; ids unique, shortcuts unique per language). Authorization: that agent only. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          agentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              text: string;
              shortcut?: string;
              language?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                title: string;
                text: string;
                shortcut?: string;
                language?: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/routing-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                id: string;
                name: string;
                enabled: boolean;
                conditions: {
                  keywords?: {
                    any?: string[];
                    all?: string[];
                  };
                  channels?: string[];
                  sources?: string[];
                  languages?: string[];
                  vipLevel?: {
                    min?: number;
                    max?: number;
                  };
                  labels?: {
                    any?: string[];
                    all?: string[];
                    none?: string[];
                  };
                  businessTypes?: string[];
                  attributes?: {
                    [key: string]: string[];
                  };
                  facts?: (
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                        value: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        op: 'in' | 'not-in';
                        values: string[];
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        /** @enum {string} */
                        op: 'passed';
                        minutes?: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        /** @enum {string} */
                        op: 'within';
                        minutes: number;
                      }
                  )[];
                  time?: {
                    days?: number[];
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                    timeZone?: string;
                  };
                };
                actions: {
                  groupId?: string;
                  priority?: number;
                  agentId?: string;
                  labels?: string[];
                };
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Replaces the whole ordered list; the first rule that matches a new conversation applies. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rules: {
              id: string;
              name: string;
              enabled: boolean;
              conditions: {
                keywords?: {
                  any?: string[];
                  all?: string[];
                };
                channels?: string[];
                sources?: string[];
                languages?: string[];
                vipLevel?: {
                  min?: number;
                  max?: number;
                };
                labels?: {
                  any?: string[];
                  all?: string[];
                  none?: string[];
                };
                businessTypes?: string[];
                attributes?: {
                  [key: string]: string[];
                };
                facts?: (
                  | {
                      /** @description an entry-point attribute key */
                      attribute: string;
                      op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                      value: number;
                    }
                  | {
                      /** @description an entry-point attribute key */
                      attribute: string;
                      op: 'in' | 'not-in';
                      values: string[];
                    }
                  | {
                      /** @description an entry-point attribute key */
                      attribute: string;
                      /** @enum {string} */
                      op: 'passed';
                      minutes?: number;
                    }
                  | {
                      /** @description an entry-point attribute key */
                      attribute: string;
                      /** @enum {string} */
                      op: 'within';
                      minutes: number;
                    }
                )[];
                time?: {
                  days?: number[];
                  /** @description local time HH:mm; 24:00 is midnight */
                  from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  to: string;
                  timeZone?: string;
                };
              };
              actions: {
                groupId?: string;
                priority?: number;
                agentId?: string;
                labels?: string[];
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              rules: {
                id: string;
                name: string;
                enabled: boolean;
                conditions: {
                  keywords?: {
                    any?: string[];
                    all?: string[];
                  };
                  channels?: string[];
                  sources?: string[];
                  languages?: string[];
                  vipLevel?: {
                    min?: number;
                    max?: number;
                  };
                  labels?: {
                    any?: string[];
                    all?: string[];
                    none?: string[];
                  };
                  businessTypes?: string[];
                  attributes?: {
                    [key: string]: string[];
                  };
                  facts?: (
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                        value: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        op: 'in' | 'not-in';
                        values: string[];
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        /** @enum {string} */
                        op: 'passed';
                        minutes?: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        attribute: string;
                        /** @enum {string} */
                        op: 'within';
                        minutes: number;
                      }
                  )[];
                  time?: {
                    days?: number[];
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                    timeZone?: string;
                  };
                };
                actions: {
                  groupId?: string;
                  priority?: number;
                  agentId?: string;
                  labels?: string[];
                };
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrichment-hook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              configured: boolean;
              enabled: boolean;
              url: string | null;
              secretSet: boolean;
              timeoutMs: number;
              cacheSeconds: number;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Saves the enrichment hook asked before routing. The URL must pass the outbound policy (OUTBOUND_URL_REFUSED); `secret` is required the first time and kept when left out. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            enabled: boolean;
            url: string;
            secret?: string;
            timeoutMs?: number;
            cacheSeconds?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              configured: boolean;
              enabled: boolean;
              url: string | null;
              secretSet: boolean;
              timeoutMs: number;
              cacheSeconds: number;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enrichment-hook/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Sends one signed request to the saved hook (enabled or not, never cached) and answers with the facts it gave or why it gave none. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            customerId?: string;
            source?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              outcome: 'answered' | 'timeout' | 'error' | 'invalid' | 'refused' | 'skipped';
              status: number | null;
              latencyMs: number;
              problem: string | null;
              facts: {
                attributes: {
                  [key: string]: string;
                };
                labels: string[];
                vipLevel: number | null;
              } | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/{customerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          customerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customerId: string;
              name: string | null;
              verified: boolean;
              vipLevel: number;
              language: string | null;
              labels: string[];
              dedicatedAgentId: string | null;
              externalId: string | null;
              contact: {
                phone: string | null;
                email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              attributes: {
                [key: string]: string;
              };
              lastAgentId: string | null;
              lastServedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a customer profile; fields left out take their defaults. Whether the customer is verified comes from how they signed in, not from this body. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          customerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            vipLevel?: number;
            language?: string | null;
            labels?: string[];
            dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            contact?: {
              phone?: string | null;
              email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            attributes?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customerId: string;
              name: string | null;
              verified: boolean;
              vipLevel: number;
              language: string | null;
              labels: string[];
              dedicatedAgentId: string | null;
              externalId: string | null;
              contact: {
                phone: string | null;
                email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              attributes: {
                [key: string]: string;
              };
              lastAgentId: string | null;
              lastServedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/customers/by-external-id/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The profile of the customer the tenant knows as `externalId` (customer id `u:<externalId>`). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          externalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customerId: string;
              name: string | null;
              verified: boolean;
              vipLevel: number;
              language: string | null;
              labels: string[];
              dedicatedAgentId: string | null;
              externalId: string | null;
              contact: {
                phone: string | null;
                email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              attributes: {
                [key: string]: string;
              };
              lastAgentId: string | null;
              lastServedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces the profile of the customer the tenant knows as `externalId`; fields left out take their defaults. A new customer is verified: the same person signs in to the widget with this id. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          externalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            vipLevel?: number;
            language?: string | null;
            labels?: string[];
            dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            contact?: {
              phone?: string | null;
              email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            attributes?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customerId: string;
              name: string | null;
              verified: boolean;
              vipLevel: number;
              language: string | null;
              labels: string[];
              dedicatedAgentId: string | null;
              externalId: string | null;
              contact: {
                phone: string | null;
                email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              attributes: {
                [key: string]: string;
              };
              lastAgentId: string | null;
              lastServedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** @description Creates or updates the profile of the customer the tenant knows as `externalId`: fields given replace those stored, fields left out stay, `attributes` merge key by key (`null` removes one) and `contact` field by field. */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          externalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            vipLevel?: number;
            language?: string | null;
            labels?: string[];
            dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            contact?: {
              phone?: string | null;
              email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            attributes?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customerId: string;
              name: string | null;
              verified: boolean;
              vipLevel: number;
              language: string | null;
              labels: string[];
              dedicatedAgentId: string | null;
              externalId: string | null;
              contact: {
                phone: string | null;
                email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              attributes: {
                [key: string]: string;
              };
              lastAgentId: string | null;
              lastServedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    trace?: never;
  };
  '/api/v1/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          status?: ('queued' | 'left-message' | 'offered' | 'active' | 'dormant' | 'closed')[];
          groupId?: string;
          ownerId?: string;
          customerId?: string;
          channel?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                conversationId: string;
                customerId: string;
                customerName: string | null;
                /** @description The customer's contact details (left with a left message, or passed by the site). */
                contact?: {
                  phone: string | null;
                  email: string | null;
                };
                channel: string;
                source: string;
                groupId: string;
                status: string;
                ownerId: string | null;
                priority: number;
                language: string | null;
                labels: string[];
                /** Format: date-time */
                openedAt: string;
                assignedAt: string | null;
                firstResponseAt: string | null;
                closedAt: string | null;
                closeReason: string | null;
                resolution: string | null;
                summary: string | null;
                rating: number | null;
                ratingComment: string | null;
                lastMessageAt: string | null;
                messageCount: number;
              }[];
              next: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    /** @description Opens a conversation. An id already used by the same customer answers 200 with that conversation; one used by anyone else is CONVERSATION_EXISTS, however long ago. Staff and API keys name the customer (`customerId`, or `customer.externalId` for a customer of another channel) and may give a bot’s `transcript` from before the hand-over (docs/integrations.md). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            conversationId?: string;
            customerId?: string;
            /** @description The customer by the tenant’s own id (customer id `u:<externalId>`, as /customers/by-external-id); `name` and `language` fill the profile where it has none, never replacing what the back-end wrote. */
            customer?: {
              externalId: string;
              name?: string;
              language?: string;
            };
            /** @description lower-case letters, digits, _ and -, starting with a letter; at most 32 characters */
            channel: string;
            source: string;
            text?: string;
            messageId?: string;
            language?: string;
            businessType?: string;
            attributes?: {
              [key: string]: string;
            };
            priority?: number;
            agentId?: string;
            test?: 'decision-only' | 'routed';
            /** @description What the customer and a bot said before the hand-over, oldest first: internal entries before every live one (kind `transcript`, author `customer` or `bot`), for staff only; the customer’s lines count for keyword rules. */
            transcript?: {
              author: 'customer' | 'bot';
              text: string;
              /**
               * Format: date-time
               * @description ISO 8601, UTC
               */
              at?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          afterSeq?: number;
          beforeSeq?: number;
          limit?: number;
        };
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                conversationId: string;
                seq: number;
                messageId: string;
                authorKind: string;
                authorId: string | null;
                visibility: string;
                kind: string;
                text: string;
                /** Format: date-time */
                at: string;
                attachments: {
                  attachmentId: string;
                  name: string;
                  contentType: string;
                  size: number;
                  /** @description png, jpeg, gif or webp: shown inline */
                  image: boolean;
                  /** @description Signed link to the file; works without a token until expiresAt. */
                  url: string;
                  thumbnailUrl: string | null;
                  /** Format: date-time */
                  expiresAt: string;
                }[];
              }[];
              nextSeq: number | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    /** @description Posts a message. An agent writes as themself; a customer token and an API key write as the conversation’s customer (an API key speaks for a customer of another channel), publicly only. A resent `messageId` answers with the original’s seq. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            messageId: string;
            text: string;
            visibility?: 'public' | 'internal';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              seq: number | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            resolution?: 'resolved' | 'unresolved';
            summary?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            score: number;
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              conversationId: string;
              score: number;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{tenantId}/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Serves a file through a signed link from a timeline entry (`url`, `thumbnailUrl`); no token needed. ATTACHMENT_LINK_INVALID (403) for a changed, forged or expired link: read the timeline again for a fresh one. */
    get: {
      parameters: {
        query: {
          variant: 'original' | 'thumbnail';
          expires: number;
          sig: string;
        };
        header?: never;
        path: {
          tenantId: string;
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The bytes (png, jpeg, gif, webp inline; anything else as a download). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description History search: conversations (open and closed) whose messages contain every word of q, filtered by customer, owner (agentId), skill group, tag and opening time, within the caller’s scope; newest first. Words of 3+ characters use the trigram index; shorter ones are checked on a bounded window of conversations per page (docs/search.md). */
    get: {
      parameters: {
        query?: {
          /** @description words separated by spaces (at most 5); each must occur in some message */
          q?: string;
          customerId?: string;
          agentId?: string;
          groupId?: string;
          tag?: string;
          /** @description opened at or after (ISO 8601) */
          from?: string;
          /** @description opened before (ISO 8601) */
          to?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                conversation: {
                  conversationId: string;
                  customerId: string;
                  customerName: string | null;
                  /** @description The customer's contact details (left with a left message, or passed by the site). */
                  contact?: {
                    phone: string | null;
                    email: string | null;
                  };
                  channel: string;
                  source: string;
                  groupId: string;
                  status: string;
                  ownerId: string | null;
                  priority: number;
                  language: string | null;
                  labels: string[];
                  /** Format: date-time */
                  openedAt: string;
                  assignedAt: string | null;
                  firstResponseAt: string | null;
                  closedAt: string | null;
                  closeReason: string | null;
                  resolution: string | null;
                  summary: string | null;
                  rating: number | null;
                  ratingComment: string | null;
                  lastMessageAt: string | null;
                  messageCount: number;
                };
                match: {
                  seq: number;
                  /** Format: date-time */
                  at: string;
                  excerpt: string;
                } | null;
              }[];
              /** @description the next page; a page may hold fewer items than asked while more follow — only null ends */
              next: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/return-to-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description The owner (or their supervisor) puts the conversation back in its group’s queue, keeping its queue time. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/offer/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Accepts the conversation offered to you (offer mode). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/offer/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Declines the conversation offered to you; it is routed to someone else. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Adds and removes tags (labels) on a conversation: its owner, watchers and supervisors over it. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            add?: string[];
            remove?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description An internal note: agents and supervisors see it, the customer never does. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            messageId?: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              seq: number | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every transfer of the conversation, oldest first: the chain A → B → C. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              conversationId: string;
              items: {
                transferId: string;
                initiatorId: string | null;
                fromAgentId: string | null;
                targetKind: string | null;
                targetId: string | null;
                targetAgentId: string | null;
                status: string;
                note: string | null;
                reason: string | null;
                /** Format: date-time */
                requestedAt: string;
                deadline: string | null;
                answeredAt: string | null;
                rejectReason: string | null;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/join': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Watch (internal notes only) or barge in (may write publicly). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            mode: 'watch' | 'barge';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/leave': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Stops watching or barging. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/take-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description The supervisor becomes the owner at once; a pending transfer is cancelled. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            transferId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Moves the conversation to an agent or group, as a transfer the target answers (requireAccept, the default) or at once; forced to a group with nobody free, it waits in that group’s queue. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            transferId?: string;
            target:
              | {
                  /** @enum {string} */
                  kind: 'agent';
                  agentId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'group';
                  groupId: string;
                };
            requireAccept?: boolean;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conversation'];
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/skill-groups/{groupId}/strategy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Changes the group’s routing strategy (and its parameters) live. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
            params?: {
              k: number;
              m: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              groupId: string;
              name: string;
              strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              params: {
                k: number;
                m: number;
              };
              overflow: {
                afterSeconds: number;
                groupId: string;
              }[];
              hours: {
                timeZone: string;
                weekly: {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  to: string;
                }[];
                exceptions: {
                  /** @description local date YYYY-MM-DD */
                  date: string;
                  windows: {
                    /** @description local time HH:mm; 24:00 is midnight */
                    from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    to: string;
                  }[];
                }[];
                afterHours:
                  | {
                      /** @enum {string} */
                      kind: 'group';
                      groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'leave-message';
                    };
              } | null;
              maxQueueLength: number | null;
              assignmentMode: ('direct' | 'offer') | null;
              offerTimeoutSeconds: number | null;
              serviceLevelSeconds: number;
              onAgentLost: 'reroute' | 'keep';
              members: string[];
              waiting: {
                queued: number;
                leftMessages: number;
                overflow: number;
                transfers: number;
              };
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/wallboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The agents and queues in the caller’s scope, as the realtime `wallboard` event shows them. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              at: string;
              agents: {
                agentId: string;
                name: string;
                status: string;
                online: boolean;
                load: number;
                active: number;
                dormant: number;
                maxConcurrent: number;
              }[];
              queues: {
                groupId: string;
                name: string;
                waiting: number;
                leftMessages: number;
                longestWaitSeconds: number | null;
                agentsOnline: number;
                agentsAvailable: number;
                /** @description Since tenant-local midnight, with the reports’ definitions (docs/reports.md). */
                today: {
                  arrivals: number;
                  answered: number;
                  abandoned: number;
                  serviceLevel: number | null;
                  averageSpeedOfAnswerSeconds: number | null;
                  longestWaitSeconds: number | null;
                };
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/routing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Why the conversation went where it went: the opening decision and every assignment with its explanation. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              conversationId: string;
              status: string;
              groupId: string;
              ownerId: string | null;
              priority: number;
              labels: string[];
              queue: {
                position: number;
                estimatedWaitSeconds: number | null;
              } | null;
              opening: {
                /** Format: date-time */
                at: string;
                channel: string;
                source: string;
                language: string | null;
                businessType: string | null;
                rule: {
                  id: string;
                  name: string;
                } | null;
                groupId: string;
                priority: number;
                labels: string[];
                afterHoursFrom: string | null;
                /** @description `queued` or `left-message`. */
                disposition: string;
                leftMessageReason: string | null;
                opensAt: string | null;
                reservation: {
                  agentId: string;
                  /** @description `directed`, `dedicated` or `sticky`. */
                  reason: string;
                  /** Format: date-time */
                  until: string;
                } | null;
              } | null;
              assignments: {
                /** Format: date-time */
                at: string;
                agentId: string;
                mode: string;
                /** @description `conversation` (it looked for an agent) or `agent` (a freed agent took it). */
                trigger: string;
                rule: {
                  id: string;
                  name: string;
                } | null;
                rankedBy: {
                  groupId: string;
                  strategy: string;
                };
                overflowTier: number;
                preferred: string | null;
                effectiveWaitSeconds: number;
                candidates: {
                  agentId: string;
                  score: number;
                  ability: number;
                  active: number;
                  maxConcurrent: number;
                }[];
              }[];
              test: string | null;
              testDecision: {
                /** Format: date-time */
                at: string;
                agentId: string | null;
                assignment: {
                  /** Format: date-time */
                  at: string;
                  agentId: string;
                  mode: string;
                  /** @description `conversation` (it looked for an agent) or `agent` (a freed agent took it). */
                  trigger: string;
                  rule: {
                    id: string;
                    name: string;
                  } | null;
                  rankedBy: {
                    groupId: string;
                    strategy: string;
                  };
                  overflowTier: number;
                  preferred: string | null;
                  effectiveWaitSeconds: number;
                  candidates: {
                    agentId: string;
                    score: number;
                    ability: number;
                    active: number;
                    maxConcurrent: number;
                  }[];
                } | null;
              } | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: {
          departmentId?: string;
          groupId?: string;
          status?: 'available' | 'busy';
          q?: string;
        };
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                agentId: string;
                name: string;
                departmentId: string | null;
                status: string;
                load: number;
                maxConcurrent: number;
                skills: {
                  groupId: string;
                  ability: number;
                  tier: string;
                }[];
                skillMatch: number;
                experience: number;
                score: number;
              }[];
              /** @description Online colleagues not offered, each with why (issue 17). */
              notOffered: {
                agentId: string;
                name: string;
                departmentId: string | null;
                status: string;
                level: number;
                /** @description not-receiving, away, full, cross-department-forbidden, cross-department-needs-supervisor or escalation-not-permitted */
                reason: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            transferId?: string;
            conversationId: string;
            target:
              | {
                  /** @enum {string} */
                  kind: 'agent';
                  agentId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'group';
                  groupId: string;
                };
            note: {
              text: string;
              templateId?: string;
              fields?: {
                [key: string]: string;
              };
              reason?: string;
              tags?: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              transferId: string;
              status: string;
              targetAgentId: string | null;
              deadline: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfers/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            batchId?: string;
            conversationIds: string[];
            target:
              | {
                  /** @enum {string} */
                  kind: 'agent';
                  agentId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'group';
                  groupId: string;
                };
            note: {
              text: string;
              templateId?: string;
              fields?: {
                [key: string]: string;
              };
              reason?: string;
              tags?: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              requested: string[];
              refused: {
                conversationId: string;
                code: string;
                message: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfers/{transferId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          transferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              transferId: string;
              status: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfers/{transferId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          transferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              transferId: string;
              status: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/transfers/{transferId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          transferId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              transferId: string;
              status: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Configuration changes, newest first; `next` is the cursor of the following page. */
    get: {
      parameters: {
        query?: {
          type?: string[];
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                seq: number;
                /** Format: date-time */
                at: string;
                type: string;
                subjectId: string | null;
                data: unknown;
              }[];
              next: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/simulations/default-scenario': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A scenario built from the tenant's groups, agents, strategies and overflow; null without staff. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              scenario: {
                name?: string;
                seed?: number;
                durationSeconds: number;
                warmupSeconds?: number;
                serviceLevelSeconds?: number;
                arrivals:
                  | {
                      ratePerSecond: number;
                    }
                  | {
                      perHour: number[];
                    };
                transferTimeoutSeconds?: number;
                groups: {
                  id: string;
                  name?: string;
                  strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                  params?: {
                    k: number;
                    m: number;
                  };
                  overflow?: {
                    afterSeconds: number;
                    groupId: string;
                  }[];
                  handleSeconds:
                    | {
                        /** @enum {string} */
                        kind: 'exponential';
                        mean: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'deterministic';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'uniform';
                        min: number;
                        max: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'lognormal';
                        mean: number;
                        /** @description coefficient of variation */
                        cv: number;
                      };
                  abilityEffect?: number;
                  transfers?: {
                    groupId: string;
                    probability: number;
                  }[];
                }[];
                agents: {
                  idPrefix: string;
                  count: number;
                  maxConcurrent: number;
                  memberships: {
                    groupId: string;
                    ability: number;
                    tier?: 'primary' | 'secondary' | 'general';
                  }[];
                  languages?: string[];
                }[];
                customers: {
                  id: string;
                  share: number;
                  groupId: string;
                  priority?: number;
                  language?: string | null;
                  vipLevel?: number;
                  patienceSeconds?:
                    | (
                        | {
                            /** @enum {string} */
                            kind: 'exponential';
                            mean: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'deterministic';
                            value: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'uniform';
                            min: number;
                            max: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'lognormal';
                            mean: number;
                            /** @description coefficient of variation */
                            cv: number;
                          }
                      )
                    | null;
                }[];
              } | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/simulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The tenant's kept runs, newest first (without their figures). */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                label: string | null;
                status: 'running' | 'done' | 'failed';
                progress: number;
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC
                 */
                createdAt: string;
                finishedAt: string | null;
                error: string | null;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    /** @description Starts a simulation in the background; poll `GET /simulations/:id` for progress and figures. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            scenario: {
              name?: string;
              seed?: number;
              durationSeconds: number;
              warmupSeconds?: number;
              serviceLevelSeconds?: number;
              arrivals:
                | {
                    ratePerSecond: number;
                  }
                | {
                    perHour: number[];
                  };
              transferTimeoutSeconds?: number;
              groups: {
                id: string;
                name?: string;
                strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                params?: {
                  k: number;
                  m: number;
                };
                overflow?: {
                  afterSeconds: number;
                  groupId: string;
                }[];
                handleSeconds:
                  | {
                      /** @enum {string} */
                      kind: 'exponential';
                      mean: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'deterministic';
                      value: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'uniform';
                      min: number;
                      max: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'lognormal';
                      mean: number;
                      /** @description coefficient of variation */
                      cv: number;
                    };
                abilityEffect?: number;
                transfers?: {
                  groupId: string;
                  probability: number;
                }[];
              }[];
              agents: {
                idPrefix: string;
                count: number;
                maxConcurrent: number;
                memberships: {
                  groupId: string;
                  ability: number;
                  tier?: 'primary' | 'secondary' | 'general';
                }[];
                languages?: string[];
              }[];
              customers: {
                id: string;
                share: number;
                groupId: string;
                priority?: number;
                language?: string | null;
                vipLevel?: number;
                patienceSeconds?:
                  | (
                      | {
                          /** @enum {string} */
                          kind: 'exponential';
                          mean: number;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'deterministic';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'uniform';
                          min: number;
                          max: number;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'lognormal';
                          mean: number;
                          /** @description coefficient of variation */
                          cv: number;
                        }
                    )
                  | null;
              }[];
            };
            label?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              label: string | null;
              status: 'running' | 'done' | 'failed';
              progress: number;
              /**
               * Format: date-time
               * @description ISO 8601, UTC
               */
              createdAt: string;
              finishedAt: string | null;
              error: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/simulations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One run: status, progress, its scenario and, once done, its figures. */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              label: string | null;
              status: 'running' | 'done' | 'failed';
              progress: number;
              /**
               * Format: date-time
               * @description ISO 8601, UTC
               */
              createdAt: string;
              finishedAt: string | null;
              error: string | null;
              scenario: {
                name?: string;
                seed?: number;
                durationSeconds: number;
                warmupSeconds?: number;
                serviceLevelSeconds?: number;
                arrivals:
                  | {
                      ratePerSecond: number;
                    }
                  | {
                      perHour: number[];
                    };
                transferTimeoutSeconds?: number;
                groups: {
                  id: string;
                  name?: string;
                  strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                  params?: {
                    k: number;
                    m: number;
                  };
                  overflow?: {
                    afterSeconds: number;
                    groupId: string;
                  }[];
                  handleSeconds:
                    | {
                        /** @enum {string} */
                        kind: 'exponential';
                        mean: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'deterministic';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'uniform';
                        min: number;
                        max: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'lognormal';
                        mean: number;
                        /** @description coefficient of variation */
                        cv: number;
                      };
                  abilityEffect?: number;
                  transfers?: {
                    groupId: string;
                    probability: number;
                  }[];
                }[];
                agents: {
                  idPrefix: string;
                  count: number;
                  maxConcurrent: number;
                  memberships: {
                    groupId: string;
                    ability: number;
                    tier?: 'primary' | 'secondary' | 'general';
                  }[];
                  languages?: string[];
                }[];
                customers: {
                  id: string;
                  share: number;
                  groupId: string;
                  priority?: number;
                  language?: string | null;
                  vipLevel?: number;
                  patienceSeconds?:
                    | (
                        | {
                            /** @enum {string} */
                            kind: 'exponential';
                            mean: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'deterministic';
                            value: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'uniform';
                            min: number;
                            max: number;
                          }
                        | {
                            /** @enum {string} */
                            kind: 'lognormal';
                            mean: number;
                            /** @description coefficient of variation */
                            cv: number;
                          }
                      )
                    | null;
                }[];
              };
              result: {
                name: string | null;
                seed: number;
                serviceLevelSeconds: number;
                arrivals: number;
                served: number;
                abandoned: number;
                pWait: number;
                asaSeconds: number;
                serviceLevel: number;
                abandonRate: number;
                occupancy: number;
                standardErrors: {
                  pWait: number;
                  asaSeconds: number;
                  serviceLevel: number;
                  abandonRate: number;
                };
                waitDistribution: {
                  seconds: number;
                  share: number;
                }[];
                groups: {
                  id: string;
                  arrivals: number;
                  served: number;
                  abandoned: number;
                  pWait: number;
                  asaSeconds: number;
                  serviceLevel: number;
                  abandonRate: number;
                  overflowShare: number;
                  transfersOut: number;
                }[];
                agents: {
                  count: number;
                  utilisationMean: number;
                  utilisationCv: number;
                  handledCv: number;
                  strongestGroupShare: number;
                  meanAbility: number;
                  usage: {
                    agentId: string;
                    utilisation: number;
                    handled: number;
                  }[];
                };
                transfers: {
                  requested: number;
                  accepted: number;
                  returnedToQueue: number;
                  refused: number;
                  meanWaitSeconds: number;
                };
                simulatedSeconds: number;
                engine: {
                  commands: number;
                  events: number;
                };
              } | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The transfers report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    get: {
      parameters: {
        query?: {
          /** @description a date in the tenant’s time zone */
          from?: string;
          /** @description a date in the tenant’s time zone */
          to?: string;
          granularity?: 'hour' | 'day' | 'week' | 'month';
          groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          groupId?: string;
          agentId?: string;
          departmentId?: string;
          channel?: string;
          reason?: string;
          format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          headers?: 'human' | 'machine';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
            'text/csv': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/queues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The queues report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    get: {
      parameters: {
        query?: {
          /** @description a date in the tenant’s time zone */
          from?: string;
          /** @description a date in the tenant’s time zone */
          to?: string;
          granularity?: 'hour' | 'day' | 'week' | 'month';
          groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          groupId?: string;
          agentId?: string;
          departmentId?: string;
          channel?: string;
          reason?: string;
          format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          headers?: 'human' | 'machine';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
            'text/csv': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The agents report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    get: {
      parameters: {
        query?: {
          /** @description a date in the tenant’s time zone */
          from?: string;
          /** @description a date in the tenant’s time zone */
          to?: string;
          granularity?: 'hour' | 'day' | 'week' | 'month';
          groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          groupId?: string;
          agentId?: string;
          departmentId?: string;
          channel?: string;
          reason?: string;
          format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          headers?: 'human' | 'machine';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
            'text/csv': {
              kind: 'transfers' | 'queues' | 'agents';
              timeZone: string;
              granularity: 'hour' | 'day' | 'week' | 'month';
              groupBy: ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
              series: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              breakdown: {
                key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
              }[];
              rows: {
                /** Format: date-time */
                bucket: string;
                label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                metrics: {
                  [key: string]:
                    | number
                    | null
                    | {
                        [key: string]: number;
                      };
                };
                key: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/widget/info': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query: {
          tenantId: string;
          language?: string;
          source?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              texts: {
                welcome: string | null;
                queue: string | null;
                afterHours: string | null;
              };
              available: boolean | null;
              estimatedWaitSeconds: number | null;
              attachments: {
                /** @description The tenant's limit, cut to the server's cap. */
                maxBytes: number;
                allowedTypes: string[];
              } | null;
            };
          };
        };
        400: components['responses']['Error400'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/widget/conversations/{conversationId}/transcript': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The customer's own conversation as a UTF-8 text file: public entries only (no internal notes). Customer tokens only; anyone else's conversation is 404. */
    get: {
      parameters: {
        query?: {
          language?: string;
        };
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The transcript (text/plain). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/plain': string;
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                webhookId: string;
                url: string;
                description: string;
                events: (
                  | 'conversation.opened'
                  | 'conversation.assigned'
                  | 'conversation.transferred'
                  | 'conversation.closed'
                  | 'conversation.rated'
                  | 'message.posted'
                  | 'transfer.requested'
                  | 'transfer.answered'
                  | 'agent.status_changed'
                  | 'left_message.created'
                )[];
                enabled: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    /** @description Registers an endpoint; its signing secret is in this answer only. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            url: string;
            description?: string;
            events: (
              | 'conversation.opened'
              | 'conversation.assigned'
              | 'conversation.transferred'
              | 'conversation.closed'
              | 'conversation.rated'
              | 'message.posted'
              | 'transfer.requested'
              | 'transfer.answered'
              | 'agent.status_changed'
              | 'left_message.created'
            )[];
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              webhookId: string;
              url: string;
              description: string;
              events: (
                | 'conversation.opened'
                | 'conversation.assigned'
                | 'conversation.transferred'
                | 'conversation.closed'
                | 'conversation.rated'
                | 'message.posted'
                | 'transfer.requested'
                | 'transfer.answered'
                | 'agent.status_changed'
                | 'left_message.created'
              )[];
              enabled: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              secret: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              webhookId: string;
              url: string;
              description: string;
              events: (
                | 'conversation.opened'
                | 'conversation.assigned'
                | 'conversation.transferred'
                | 'conversation.closed'
                | 'conversation.rated'
                | 'message.posted'
                | 'transfer.requested'
                | 'transfer.answered'
                | 'agent.status_changed'
                | 'left_message.created'
              )[];
              enabled: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    /** @description Changes an endpoint (URL, description, event types, enabled); the secret stays. */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            url: string;
            description?: string;
            events: (
              | 'conversation.opened'
              | 'conversation.assigned'
              | 'conversation.transferred'
              | 'conversation.closed'
              | 'conversation.rated'
              | 'message.posted'
              | 'transfer.requested'
              | 'transfer.answered'
              | 'agent.status_changed'
              | 'left_message.created'
            )[];
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              webhookId: string;
              url: string;
              description: string;
              events: (
                | 'conversation.opened'
                | 'conversation.assigned'
                | 'conversation.transferred'
                | 'conversation.closed'
                | 'conversation.rated'
                | 'message.posted'
                | 'transfer.requested'
                | 'transfer.answered'
                | 'agent.status_changed'
                | 'left_message.created'
              )[];
              enabled: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    post?: never;
    /** @description Removes an endpoint; its pending deliveries fail, its delivery log stays until pruned. */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              webhookId: string;
              url: string;
              description: string;
              events: (
                | 'conversation.opened'
                | 'conversation.assigned'
                | 'conversation.transferred'
                | 'conversation.closed'
                | 'conversation.rated'
                | 'message.posted'
                | 'transfer.requested'
                | 'transfer.answered'
                | 'agent.status_changed'
                | 'left_message.created'
              )[];
              enabled: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Replaces the signing secret at once; the new one is in this answer only. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The endpoint’s deliveries, newest first; `next` is the cursor of the following page. */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'delivered' | 'failed';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                deliveryId: string;
                webhookId: string;
                eventType: string;
                conversationId: string | null;
                status: 'pending' | 'delivered' | 'failed';
                attempts: number;
                lastStatusCode: number | null;
                lastLatencyMs: number | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                lastAttemptAt: string | null;
                nextAttemptAt: string | null;
                finishedAt: string | null;
              }[];
              next: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Sends a delivered or failed delivery again, with the same id and body; a pending one is left as it is. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              deliveryId: string;
              webhookId: string;
              eventType: string;
              conversationId: string | null;
              status: 'pending' | 'delivered' | 'failed';
              attempts: number;
              lastStatusCode: number | null;
              lastLatencyMs: number | null;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              lastAttemptAt: string | null;
              nextAttemptAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/{webhookId}/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Queues a `ping` delivery to the endpoint (signed like every delivery); see its delivery log. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              deliveryId: string;
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversations/{conversationId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Posts a file (multipart/form-data: `file`, optional `clientMessageId` and `text` as caption) as a public message; the customer or whoever may write publicly. ATTACHMENT_TOO_LARGE past the tenant limit, ATTACHMENT_TYPE_REFUSED for a type not allowed or bytes that are not what they claim (docs/attachments.md). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          conversationId: string;
        };
        cookie?: never;
      };
      /** @description multipart/form-data */
      requestBody: {
        content: {
          'multipart/form-data': {
            /** @description The file (exactly one; required). */
            file?: string;
            /** @description Idempotency key, as a message id. */
            clientMessageId?: string;
            /** @description Caption, at most 10,000 characters. */
            text?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: {
                conversationId: string;
                seq: number;
                messageId: string;
                authorKind: string;
                authorId: string | null;
                visibility: string;
                kind: string;
                text: string;
                /** Format: date-time */
                at: string;
                attachments: {
                  attachmentId: string;
                  name: string;
                  contentType: string;
                  size: number;
                  /** @description png, jpeg, gif or webp: shown inline */
                  image: boolean;
                  /** @description Signed link to the file; works without a token until expiresAt. */
                  url: string;
                  thumbnailUrl: string | null;
                  /** Format: date-time */
                  expiresAt: string;
                }[];
              };
            };
          };
        };
        400: components['responses']['Error400'];
        401: components['responses']['Error401'];
        403: components['responses']['Error403'];
        404: components['responses']['Error404'];
        409: components['responses']['Error409'];
        413: components['responses']['Error413'];
        415: components['responses']['Error415'];
        422: components['responses']['Error422'];
        429: components['responses']['Error429'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Every error: a stable code from the catalogue and a message. */
    ErrorBody: {
      error: {
        /** @enum {string} */
        code:
          | 'VALIDATION_FAILED'
          | 'MALFORMED_JSON'
          | 'REPORT_RANGE_INVALID'
          | 'REPORT_DIMENSION_UNSUPPORTED'
          | 'UNAUTHENTICATED'
          | 'INVALID_CREDENTIALS'
          | 'SESSION_REVOKED'
          | 'WIDGET_SIGNATURE_EXPIRED'
          | 'LOGIN_LOCKED'
          | 'PASSWORD_TOO_COMMON'
          | 'REQUEST_TIMEOUT'
          | 'HEADERS_TOO_LARGE'
          | 'MALFORMED_REQUEST'
          | 'FORBIDDEN'
          | 'CURRENT_PASSWORD_WRONG'
          | 'NOT_FOUND'
          | 'DEPARTMENT_NOT_FOUND'
          | 'TENANT_NOT_FOUND'
          | 'TENANT_EXISTS'
          | 'PAYLOAD_TOO_LARGE'
          | 'UNSUPPORTED_MEDIA_TYPE'
          | 'RATE_LIMITED'
          | 'SCENARIO_INVALID'
          | 'SIMULATION_NOT_FOUND'
          | 'SIMULATIONS_BUSY'
          | 'TOO_MANY_CONNECTIONS'
          | 'TOO_MANY_OPEN_CONVERSATIONS'
          | 'OUTBOUND_URL_REFUSED'
          | 'ENRICHMENT_HOOK_NOT_SET'
          | 'ATTACHMENT_TOO_LARGE'
          | 'ATTACHMENT_TYPE_REFUSED'
          | 'ATTACHMENT_LINK_INVALID'
          | 'ATTACHMENT_NOT_FOUND'
          | 'OVERLOADED'
          | 'INTERNAL'
          | 'UNAVAILABLE'
          | 'STORE_UNAVAILABLE'
          | 'WEBHOOK_DELIVERY_NOT_FOUND'
          | 'WEBHOOK_DISABLED'
          | 'TENANT_UNAVAILABLE'
          | 'INVALID_COMMAND'
          | 'INVALID_CONFIGURATION'
          | 'AGENT_NOT_FOUND'
          | 'GROUP_NOT_FOUND'
          | 'CUSTOMER_NOT_FOUND'
          | 'CONVERSATION_NOT_FOUND'
          | 'CONVERSATION_EXISTS'
          | 'CONVERSATION_CLOSED'
          | 'NO_ROUTE'
          | 'NOT_OWNER'
          | 'OFFER_NOT_FOUND'
          | 'NOT_RATEABLE'
          | 'TIMER_NOT_DUE'
          | 'CONVERSATION_NOT_TRANSFERABLE'
          | 'TRANSFER_ALREADY_PENDING'
          | 'TRANSFER_NOT_FOUND'
          | 'TRANSFER_NOT_PERMITTED'
          | 'TRANSFER_NOTE_REQUIRED'
          | 'TRANSFER_TEMPLATE_NOT_FOUND'
          | 'TRANSFER_TO_SELF'
          | 'TRANSFER_TARGET_NOT_RECEIVING'
          | 'TRANSFER_TARGET_UNAVAILABLE'
          | 'TRANSFER_CROSS_DEPARTMENT_FORBIDDEN'
          | 'TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR'
          | 'TRANSFER_ESCALATION_NOT_PERMITTED'
          | 'TRANSFER_DAILY_LIMIT_REACHED'
          | 'NO_TRANSFER_TARGET'
          | 'NO_PERMITTED_TRANSFER_TARGET'
          | 'OUT_OF_SCOPE'
          | 'NOT_PARTICIPANT'
          | 'API_KEY_NOT_FOUND'
          | 'AGENT_DISABLED'
          | 'AGENT_REMOVED'
          | 'CONFIG_IN_USE'
          | 'WEBHOOK_NOT_FOUND';
        message: string;
      };
    };
    /** @description Bad Request: `error.code` is one of the catalogue's codes with this status. */
    Error400: {
      error: {
        /** @enum {string} */
        code:
          | 'VALIDATION_FAILED'
          | 'MALFORMED_JSON'
          | 'REPORT_RANGE_INVALID'
          | 'REPORT_DIMENSION_UNSUPPORTED'
          | 'MALFORMED_REQUEST'
          | 'OUTBOUND_URL_REFUSED'
          | 'INVALID_COMMAND';
        message: string;
      };
    };
    /** @description Unauthorized: `error.code` is one of the catalogue's codes with this status. */
    Error401: {
      error: {
        /** @enum {string} */
        code: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'SESSION_REVOKED' | 'WIDGET_SIGNATURE_EXPIRED';
        message: string;
      };
    };
    /** @description Forbidden: `error.code` is one of the catalogue's codes with this status. */
    Error403: {
      error: {
        /** @enum {string} */
        code:
          | 'FORBIDDEN'
          | 'CURRENT_PASSWORD_WRONG'
          | 'ATTACHMENT_LINK_INVALID'
          | 'NOT_OWNER'
          | 'TRANSFER_NOT_PERMITTED'
          | 'TRANSFER_CROSS_DEPARTMENT_FORBIDDEN'
          | 'TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR'
          | 'TRANSFER_ESCALATION_NOT_PERMITTED'
          | 'OUT_OF_SCOPE'
          | 'NOT_PARTICIPANT';
        message: string;
      };
    };
    /** @description Not Found: `error.code` is one of the catalogue's codes with this status. */
    Error404: {
      error: {
        /** @enum {string} */
        code:
          | 'NOT_FOUND'
          | 'DEPARTMENT_NOT_FOUND'
          | 'TENANT_NOT_FOUND'
          | 'SIMULATION_NOT_FOUND'
          | 'ENRICHMENT_HOOK_NOT_SET'
          | 'ATTACHMENT_NOT_FOUND'
          | 'WEBHOOK_DELIVERY_NOT_FOUND'
          | 'AGENT_NOT_FOUND'
          | 'GROUP_NOT_FOUND'
          | 'CUSTOMER_NOT_FOUND'
          | 'CONVERSATION_NOT_FOUND'
          | 'OFFER_NOT_FOUND'
          | 'TRANSFER_NOT_FOUND'
          | 'API_KEY_NOT_FOUND'
          | 'WEBHOOK_NOT_FOUND';
        message: string;
      };
    };
    /** @description Conflict: `error.code` is one of the catalogue's codes with this status. */
    Error409: {
      error: {
        /** @enum {string} */
        code:
          | 'TENANT_EXISTS'
          | 'WEBHOOK_DISABLED'
          | 'CONVERSATION_EXISTS'
          | 'CONVERSATION_CLOSED'
          | 'NOT_RATEABLE'
          | 'TIMER_NOT_DUE'
          | 'CONVERSATION_NOT_TRANSFERABLE'
          | 'TRANSFER_ALREADY_PENDING'
          | 'TRANSFER_TARGET_UNAVAILABLE'
          | 'NO_TRANSFER_TARGET'
          | 'AGENT_DISABLED'
          | 'AGENT_REMOVED'
          | 'CONFIG_IN_USE';
        message: string;
      };
    };
    /** @description Payload Too Large: `error.code` is one of the catalogue's codes with this status. */
    Error413: {
      error: {
        /** @enum {string} */
        code: 'PAYLOAD_TOO_LARGE' | 'ATTACHMENT_TOO_LARGE';
        message: string;
      };
    };
    /** @description Unsupported Media Type: `error.code` is one of the catalogue's codes with this status. */
    Error415: {
      error: {
        /** @enum {string} */
        code: 'UNSUPPORTED_MEDIA_TYPE' | 'ATTACHMENT_TYPE_REFUSED';
        message: string;
      };
    };
    /** @description Unprocessable Entity: `error.code` is one of the catalogue's codes with this status. */
    Error422: {
      error: {
        /** @enum {string} */
        code:
          | 'PASSWORD_TOO_COMMON'
          | 'SCENARIO_INVALID'
          | 'INVALID_CONFIGURATION'
          | 'NO_ROUTE'
          | 'TRANSFER_NOTE_REQUIRED'
          | 'TRANSFER_TEMPLATE_NOT_FOUND'
          | 'TRANSFER_TO_SELF'
          | 'TRANSFER_TARGET_NOT_RECEIVING'
          | 'NO_PERMITTED_TRANSFER_TARGET';
        message: string;
      };
    };
    /** @description Too Many Requests: `error.code` is one of the catalogue's codes with this status. */
    Error429: {
      error: {
        /** @enum {string} */
        code:
          | 'LOGIN_LOCKED'
          | 'RATE_LIMITED'
          | 'SIMULATIONS_BUSY'
          | 'TOO_MANY_CONNECTIONS'
          | 'TOO_MANY_OPEN_CONVERSATIONS'
          | 'TRANSFER_DAILY_LIMIT_REACHED';
        message: string;
      };
    };
    Conversation: {
      conversationId: string;
      customerId: string;
      customerName: string | null;
      /** @description Attributes given when the conversation opened (pre-chat name, page, referrer, device, site keys). */
      attributes: {
        [key: string]: string;
      };
      status: string;
      groupId: string;
      ownerId: string | null;
      channel: string;
      source: string;
      language: string | null;
      priority: number;
      labels: string[];
      routedBy: {
        id: string;
        name: string;
      } | null;
      /** Format: date-time */
      openedAt: string;
      assignedAt: string | null;
      closedAt: string | null;
      pendingTransferId: string | null;
      lastSeq: number;
      queue: {
        position: number;
        estimatedWaitSeconds: number | null;
      } | null;
      /** @description While the owner has not answered yet: when the conversation is taken from them (docs/routing.md). */
      firstResponseDeadline: string | null;
      /** @description First-response takeovers this conversation has had. */
      autoTakeovers: number;
      test: string | null;
    };
  };
  responses: {
    /** @description Bad Request: `error.code` is one of the catalogue's codes with this status. */
    Error400: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error400'];
      };
    };
    /** @description Unauthorized: `error.code` is one of the catalogue's codes with this status. */
    Error401: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error401'];
      };
    };
    /** @description Forbidden: `error.code` is one of the catalogue's codes with this status. */
    Error403: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error403'];
      };
    };
    /** @description Not Found: `error.code` is one of the catalogue's codes with this status. */
    Error404: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error404'];
      };
    };
    /** @description Conflict: `error.code` is one of the catalogue's codes with this status. */
    Error409: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error409'];
      };
    };
    /** @description Payload Too Large: `error.code` is one of the catalogue's codes with this status. */
    Error413: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error413'];
      };
    };
    /** @description Unsupported Media Type: `error.code` is one of the catalogue's codes with this status. */
    Error415: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error415'];
      };
    };
    /** @description Unprocessable Entity: `error.code` is one of the catalogue's codes with this status. */
    Error422: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error422'];
      };
    };
    /** @description Too Many Requests: `error.code` is one of the catalogue's codes with this status. */
    Error429: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error429'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
