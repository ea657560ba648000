/**
 * Generated from the Switchboard server's OpenAPI document (`/openapi.json`) by openapi-typescript.
 * Do not edit: run `npm run generate:client` after changing a route or a schema.
 */
export interface paths {
  readonly '/healthz': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/readyz': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Ready unless the store cannot be reached: then 503 with the same fields and `error.code` STORE_UNAVAILABLE. Redis down leaves a cluster node ready: it keeps serving the tenants it owns (docs/cluster.md, "Failures"). */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly status: 'ready' | 'unavailable';
              /** @description this node in a cluster; null for one process */
              readonly nodeId: string | null;
              readonly mode: 'single' | 'cluster';
              readonly postgres: 'ok' | 'down' | 'not-used';
              readonly redis: 'ok' | 'down' | 'not-used';
              /** @description tenants this node serves (in a cluster: holds a replica of) */
              readonly tenants: number;
              /** @description tenants whose commands this node executes */
              readonly tenantsOwned: number;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/login': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly tenantId: string;
            readonly agentId: string;
            readonly password: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly token: string;
              readonly tenantId: string;
              readonly subject: string;
              readonly role: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/widget/session': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly tenantId: string;
            readonly visitorId?: string;
            readonly userId?: string;
            readonly issuedAt?: number;
            readonly signature?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly token: string;
              readonly tenantId: string;
              readonly subject: string;
              readonly role: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The caller: agent (agentId, role), customer (customerId, verified) or service (keyId). */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly kind: string;
              readonly tenantId: string;
            } & {
              readonly [key: string]: unknown;
            };
          };
        };
        readonly 401: components['responses']['Error401'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/tenants': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Creates a tenant and its first admin. Authorization: `Bearer <server admin token>`. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly tenantId: string;
            readonly timeZone?: string;
            readonly defaultLanguage?: string;
            readonly admin: {
              readonly id: string;
              readonly name: string;
              readonly password: string;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly tenantId: string;
              readonly adminId: string;
              readonly token: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/tenant': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly tenantId: string;
              readonly settings: {
                readonly timeZone: string;
                readonly priorityStepSeconds: number;
                readonly stickyWindowSeconds: number;
                readonly stickyWaitSeconds: number;
                readonly assignmentMode: 'direct' | 'offer';
                readonly offerTimeoutSeconds: number;
                readonly maxMissedOffers: number;
                readonly firstResponseTimeoutSeconds: number;
                readonly maxAutoTakeovers?: number;
                readonly replyReminderSeconds: number;
                readonly presenceGraceSeconds: number;
                readonly dormantAfterSeconds: number;
                readonly reviveWindowSeconds: number;
                readonly badRatingMax: number;
                readonly goodRatingMin: number;
                readonly defaultGroupId: string | null;
                readonly defaultGroupBySource: {
                  readonly [key: string]: string;
                };
                readonly serviceTimeSampleSize: number;
                readonly randomSeed: number;
                readonly closedRetention: number;
                readonly defaultLanguage: string;
                readonly exclusionLapseSeconds?: number;
                readonly quickReplies?: readonly {
                  readonly id: string;
                  readonly title: string;
                  readonly text: string;
                  readonly shortcut?: string;
                  readonly language?: string;
                }[];
                readonly agentSearchScope?: 'own' | 'groups';
                readonly widgetMessages?: {
                  readonly 'zh-CN'?: {
                    readonly welcome?: string;
                    readonly queue?: string;
                    readonly afterHours?: string;
                  };
                  readonly en?: {
                    readonly welcome?: string;
                    readonly queue?: string;
                    readonly afterHours?: string;
                  };
                };
                readonly transfer: {
                  readonly timeoutSeconds: number;
                  readonly onFailure: 'notify' | 'forward' | 'return-to-queue';
                  readonly maxForwards: number;
                  readonly crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
                  readonly weights: {
                    readonly skill: number;
                    readonly load: number;
                    readonly experience: number;
                  };
                  readonly experiencePrior: {
                    readonly score: number;
                    readonly weight: number;
                  };
                  readonly experienceWindow: number;
                  readonly recommendationCount: number;
                  readonly templates: readonly {
                    readonly id: string;
                    readonly name: string;
                    readonly category: string;
                    readonly fields: readonly {
                      readonly key: string;
                      readonly label: string;
                      readonly required: boolean;
                    }[];
                  }[];
                  readonly rules: readonly {
                    readonly id: string;
                    readonly name: string;
                    readonly enabled: boolean;
                    readonly when: {
                      readonly keywords?: {
                        readonly any?: readonly string[];
                        readonly all?: readonly string[];
                      };
                      readonly vipLevelAtLeast?: number;
                    };
                    readonly action: 'suggest' | 'transfer';
                    readonly target:
                      | {
                          /** @enum {string} */
                          readonly kind: 'agent';
                          readonly agentId: string;
                        }
                      | {
                          /** @enum {string} */
                          readonly kind: 'group';
                          readonly groupId: string;
                        };
                    readonly note: string;
                  }[];
                };
              };
              readonly widgetSecretSet: boolean;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** @description Changes the settings given; `transfer` is merged one level deep. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly timeZone?: string;
            readonly priorityStepSeconds?: number;
            readonly stickyWindowSeconds?: number;
            readonly stickyWaitSeconds?: number;
            readonly assignmentMode?: 'direct' | 'offer';
            readonly offerTimeoutSeconds?: number;
            readonly maxMissedOffers?: number;
            readonly firstResponseTimeoutSeconds?: number;
            readonly maxAutoTakeovers?: number;
            readonly replyReminderSeconds?: number;
            readonly presenceGraceSeconds?: number;
            readonly dormantAfterSeconds?: number;
            readonly reviveWindowSeconds?: number;
            readonly badRatingMax?: number;
            readonly goodRatingMin?: number;
            readonly defaultGroupId?: string | null;
            readonly defaultGroupBySource?: {
              readonly [key: string]: string;
            };
            readonly serviceTimeSampleSize?: number;
            readonly randomSeed?: number;
            readonly closedRetention?: number;
            readonly defaultLanguage?: string;
            readonly exclusionLapseSeconds?: number;
            readonly quickReplies?: readonly {
              readonly id: string;
              readonly title: string;
              readonly text: string;
              readonly shortcut?: string;
              readonly language?: string;
            }[];
            readonly agentSearchScope?: 'own' | 'groups';
            readonly widgetMessages?: {
              readonly 'zh-CN'?: {
                readonly welcome?: string;
                readonly queue?: string;
                readonly afterHours?: string;
              };
              readonly en?: {
                readonly welcome?: string;
                readonly queue?: string;
                readonly afterHours?: string;
              };
            };
            readonly transfer?: {
              readonly timeoutSeconds?: number;
              readonly onFailure?: 'notify' | 'forward' | 'return-to-queue';
              readonly maxForwards?: number;
              readonly crossDepartment?: 'allowed' | 'supervisor-only' | 'forbidden';
              readonly weights?: {
                readonly skill: number;
                readonly load: number;
                readonly experience: number;
              };
              readonly experiencePrior?: {
                readonly score: number;
                readonly weight: number;
              };
              readonly experienceWindow?: number;
              readonly recommendationCount?: number;
              readonly templates?: readonly {
                readonly id: string;
                readonly name: string;
                readonly category: string;
                readonly fields: readonly {
                  readonly key: string;
                  readonly label: string;
                  readonly required: boolean;
                }[];
              }[];
              readonly rules?: readonly {
                readonly id: string;
                readonly name: string;
                readonly enabled: boolean;
                readonly when: {
                  readonly keywords?: {
                    readonly any?: readonly string[];
                    readonly all?: readonly string[];
                  };
                  readonly vipLevelAtLeast?: number;
                };
                readonly action: 'suggest' | 'transfer';
                readonly target:
                  | {
                      /** @enum {string} */
                      readonly kind: 'agent';
                      readonly agentId: string;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'group';
                      readonly groupId: string;
                    };
                readonly note: string;
              }[];
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly tenantId: string;
              readonly settings: {
                readonly timeZone: string;
                readonly priorityStepSeconds: number;
                readonly stickyWindowSeconds: number;
                readonly stickyWaitSeconds: number;
                readonly assignmentMode: 'direct' | 'offer';
                readonly offerTimeoutSeconds: number;
                readonly maxMissedOffers: number;
                readonly firstResponseTimeoutSeconds: number;
                readonly maxAutoTakeovers?: number;
                readonly replyReminderSeconds: number;
                readonly presenceGraceSeconds: number;
                readonly dormantAfterSeconds: number;
                readonly reviveWindowSeconds: number;
                readonly badRatingMax: number;
                readonly goodRatingMin: number;
                readonly defaultGroupId: string | null;
                readonly defaultGroupBySource: {
                  readonly [key: string]: string;
                };
                readonly serviceTimeSampleSize: number;
                readonly randomSeed: number;
                readonly closedRetention: number;
                readonly defaultLanguage: string;
                readonly exclusionLapseSeconds?: number;
                readonly quickReplies?: readonly {
                  readonly id: string;
                  readonly title: string;
                  readonly text: string;
                  readonly shortcut?: string;
                  readonly language?: string;
                }[];
                readonly agentSearchScope?: 'own' | 'groups';
                readonly widgetMessages?: {
                  readonly 'zh-CN'?: {
                    readonly welcome?: string;
                    readonly queue?: string;
                    readonly afterHours?: string;
                  };
                  readonly en?: {
                    readonly welcome?: string;
                    readonly queue?: string;
                    readonly afterHours?: string;
                  };
                };
                readonly transfer: {
                  readonly timeoutSeconds: number;
                  readonly onFailure: 'notify' | 'forward' | 'return-to-queue';
                  readonly maxForwards: number;
                  readonly crossDepartment: 'allowed' | 'supervisor-only' | 'forbidden';
                  readonly weights: {
                    readonly skill: number;
                    readonly load: number;
                    readonly experience: number;
                  };
                  readonly experiencePrior: {
                    readonly score: number;
                    readonly weight: number;
                  };
                  readonly experienceWindow: number;
                  readonly recommendationCount: number;
                  readonly templates: readonly {
                    readonly id: string;
                    readonly name: string;
                    readonly category: string;
                    readonly fields: readonly {
                      readonly key: string;
                      readonly label: string;
                      readonly required: boolean;
                    }[];
                  }[];
                  readonly rules: readonly {
                    readonly id: string;
                    readonly name: string;
                    readonly enabled: boolean;
                    readonly when: {
                      readonly keywords?: {
                        readonly any?: readonly string[];
                        readonly all?: readonly string[];
                      };
                      readonly vipLevelAtLeast?: number;
                    };
                    readonly action: 'suggest' | 'transfer';
                    readonly target:
                      | {
                          /** @enum {string} */
                          readonly kind: 'agent';
                          readonly agentId: string;
                        }
                      | {
                          /** @enum {string} */
                          readonly kind: 'group';
                          readonly groupId: string;
                        };
                    readonly note: string;
                  }[];
                };
              };
              readonly widgetSecretSet: boolean;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly trace?: never;
  };
  readonly '/api/v1/api-keys': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly keyId: string;
                readonly name: string;
                /** Format: date-time */
                readonly createdAt: string;
                readonly revokedAt: string | null;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    /** @description Issues an API key; the key is in this answer only. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name: string;
            readonly keyId?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly keyId: string;
              readonly name: string;
              /** Format: date-time */
              readonly createdAt: string;
              readonly revokedAt: string | null;
              readonly key: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/api-keys/{keyId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /** @description Revokes a key at once; revoking a revoked key changes nothing. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly keyId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly keyId: string;
              readonly name: string;
              /** Format: date-time */
              readonly createdAt: string;
              readonly revokedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/widget-secret': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Rotates the HMAC key verified customers are signed with; the new one is in this answer only. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly secret: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/password': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Agents change their own password (with the current one); admins set anyone’s. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly password: string;
            readonly currentPassword?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly changed: boolean;
              readonly token?: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/departments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly departmentId: string;
                readonly name: string;
                readonly parentId?: string | null;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/departments/{departmentId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly departmentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly departmentId: string;
              readonly name: string;
              readonly parentId?: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a department; `parentId` places it in the org chart. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly departmentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name: string;
            readonly parentId?: string | null;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly departmentId: string;
              readonly name: string;
              readonly parentId?: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    /** @description Removes a department nobody is in, nobody manages and with no sub-department; otherwise CONFIG_IN_USE naming what uses it. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly departmentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly departmentId: string;
              /** @enum {boolean} */
              readonly removed: true;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/skill-groups': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly groupId: string;
                readonly name: string;
                readonly strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                readonly params: {
                  readonly k: number;
                  readonly m: number;
                };
                readonly overflow: readonly {
                  readonly afterSeconds: number;
                  readonly groupId: string;
                }[];
                readonly hours: {
                  readonly timeZone: string;
                  readonly weekly: readonly {
                    /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                    readonly day: number;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                  }[];
                  readonly exceptions: readonly {
                    /** @description local date YYYY-MM-DD */
                    readonly date: string;
                    readonly windows: readonly {
                      /** @description local time HH:mm; 24:00 is midnight */
                      readonly from: string;
                      /** @description local time HH:mm; 24:00 is midnight */
                      readonly to: string;
                    }[];
                  }[];
                  readonly afterHours:
                    | {
                        /** @enum {string} */
                        readonly kind: 'group';
                        readonly groupId: string;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'leave-message';
                      };
                } | null;
                readonly maxQueueLength: number | null;
                readonly assignmentMode: ('direct' | 'offer') | null;
                readonly offerTimeoutSeconds: number | null;
                readonly serviceLevelSeconds: number;
                readonly onAgentLost: 'reroute' | 'keep';
                readonly members: readonly string[];
                readonly waiting: {
                  readonly queued: number;
                  readonly leftMessages: number;
                  readonly overflow: number;
                  readonly transfers: number;
                };
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/skill-groups/{groupId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly groupId: string;
              readonly name: string;
              readonly strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              readonly params: {
                readonly k: number;
                readonly m: number;
              };
              readonly overflow: readonly {
                readonly afterSeconds: number;
                readonly groupId: string;
              }[];
              readonly hours: {
                readonly timeZone: string;
                readonly weekly: readonly {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  readonly day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly to: string;
                }[];
                readonly exceptions: readonly {
                  /** @description local date YYYY-MM-DD */
                  readonly date: string;
                  readonly windows: readonly {
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                  }[];
                }[];
                readonly afterHours:
                  | {
                      /** @enum {string} */
                      readonly kind: 'group';
                      readonly groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'leave-message';
                    };
              } | null;
              readonly maxQueueLength: number | null;
              readonly assignmentMode: ('direct' | 'offer') | null;
              readonly offerTimeoutSeconds: number | null;
              readonly serviceLevelSeconds: number;
              readonly onAgentLost: 'reroute' | 'keep';
              readonly members: readonly string[];
              readonly waiting: {
                readonly queued: number;
                readonly leftMessages: number;
                readonly overflow: number;
                readonly transfers: number;
              };
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a skill group: strategy, overflow tiers, business hours, queue limit, assignment mode. Fields left out take their defaults. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name: string;
            readonly strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
            readonly params?: {
              readonly k: number;
              readonly m: number;
            };
            readonly overflow?: readonly {
              readonly afterSeconds: number;
              readonly groupId: string;
            }[];
            readonly hours?: {
              readonly timeZone: string;
              readonly weekly: readonly {
                /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                readonly day: number;
                /** @description local time HH:mm; 24:00 is midnight */
                readonly from: string;
                /** @description local time HH:mm; 24:00 is midnight */
                readonly to: string;
              }[];
              readonly exceptions: readonly {
                /** @description local date YYYY-MM-DD */
                readonly date: string;
                readonly windows: readonly {
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly to: string;
                }[];
              }[];
              readonly afterHours:
                | {
                    /** @enum {string} */
                    readonly kind: 'group';
                    readonly groupId: string;
                  }
                | {
                    /** @enum {string} */
                    readonly kind: 'leave-message';
                  };
            } | null;
            readonly maxQueueLength?: number | null;
            readonly assignmentMode?: ('direct' | 'offer') | null;
            readonly offerTimeoutSeconds?: number | null;
            readonly serviceLevelSeconds?: number;
            readonly onAgentLost?: 'reroute' | 'keep';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly groupId: string;
              readonly name: string;
              readonly strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              readonly params: {
                readonly k: number;
                readonly m: number;
              };
              readonly overflow: readonly {
                readonly afterSeconds: number;
                readonly groupId: string;
              }[];
              readonly hours: {
                readonly timeZone: string;
                readonly weekly: readonly {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  readonly day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly to: string;
                }[];
                readonly exceptions: readonly {
                  /** @description local date YYYY-MM-DD */
                  readonly date: string;
                  readonly windows: readonly {
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                  }[];
                }[];
                readonly afterHours:
                  | {
                      /** @enum {string} */
                      readonly kind: 'group';
                      readonly groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'leave-message';
                    };
              } | null;
              readonly maxQueueLength: number | null;
              readonly assignmentMode: ('direct' | 'offer') | null;
              readonly offerTimeoutSeconds: number | null;
              readonly serviceLevelSeconds: number;
              readonly onAgentLost: 'reroute' | 'keep';
              readonly members: readonly string[];
              readonly waiting: {
                readonly queued: number;
                readonly leftMessages: number;
                readonly overflow: number;
                readonly transfers: number;
              };
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    /** @description Removes a skill group nothing uses (no member, supervisor scope, routing rule, overflow tier, after-hours target, default, transfer rule, open conversation or pending transfer); otherwise CONFIG_IN_USE. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly groupId: string;
              /** @enum {boolean} */
              readonly removed: true;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/skill-groups/{groupId}/members': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
                readonly status: string;
                readonly online: boolean;
                readonly load: number;
                readonly maxConcurrent: number;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/skill-groups/{groupId}/members/{agentId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    /** @description Adds the agent to the group, or changes their ability and tier in it. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly ability: number;
            readonly tier: 'primary' | 'secondary' | 'general';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
                readonly status: string;
                readonly online: boolean;
                readonly load: number;
                readonly maxConcurrent: number;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    /** @description Removes the agent from the group (their conversations stay theirs). */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
                readonly status: string;
                readonly online: boolean;
                readonly load: number;
                readonly maxConcurrent: number;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly groupId?: string;
          readonly departmentId?: string;
          readonly role?: 'agent' | 'supervisor' | 'admin';
          readonly status?: ('available' | 'busy' | 'away') | 'offline';
          readonly online?: boolean;
          readonly includeRemoved?: boolean;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly role: 'agent' | 'supervisor' | 'admin';
                readonly level: number;
                readonly departmentId: string | null;
                readonly memberships: readonly {
                  readonly groupId: string;
                  readonly ability: number;
                  readonly tier: 'primary' | 'secondary' | 'general';
                }[];
                readonly languages: readonly string[];
                readonly maxConcurrent: number;
                readonly transfer: {
                  readonly mayInitiate: boolean;
                  readonly mayReceive: boolean;
                  readonly mayEscalate: boolean;
                  readonly dailyLimit: number | null;
                  readonly autoAccept:
                    | {
                        readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'below-load';
                        readonly load: number;
                      };
                };
                readonly manages: {
                  readonly departmentIds: readonly string[];
                  readonly groupIds: readonly string[];
                };
                readonly greeting: string | null;
                readonly status: string;
                readonly online: boolean;
                readonly active: number;
                readonly dormant: number;
                readonly incoming: number;
                readonly load: number;
                /** Format: date-time */
                readonly lastAssignedAt: string;
                readonly lifecycle: 'active' | 'disabled' | 'removed';
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces an agent’s profile; fields left out take their defaults. With `password` (password policy applies, checked before anything is saved) it also sets their password. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name: string;
            readonly role: 'agent' | 'supervisor' | 'admin';
            readonly level?: number;
            readonly departmentId?: string | null;
            readonly memberships?: readonly {
              readonly groupId: string;
              readonly ability: number;
              readonly tier: 'primary' | 'secondary' | 'general';
            }[];
            readonly languages?: readonly string[];
            readonly maxConcurrent: number;
            readonly transfer?: {
              readonly mayInitiate: boolean;
              readonly mayReceive: boolean;
              readonly mayEscalate: boolean;
              readonly dailyLimit: number | null;
              readonly autoAccept:
                | {
                    readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                  }
                | {
                    /** @enum {string} */
                    readonly kind: 'below-load';
                    readonly load: number;
                  };
            };
            readonly manages?: {
              readonly departmentIds: readonly string[];
              readonly groupIds: readonly string[];
            };
            readonly greeting?: string | null;
            readonly password?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    /** @description Admins: removes the agent for good (as disable, and they leave their groups); the id stays in the history. */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/status': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description An agent sets their own status; a supervisor sets the status of an agent in their scope. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly status: 'available' | 'busy' | 'away';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/end-shift': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Hands the agent’s conversations to on-duty colleagues, returns the rest to the queue, sets them away. By the agent, a supervisor in scope, an admin or an API key. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly handedOver: readonly string[];
              readonly returned: readonly string[];
              readonly refused: readonly {
                readonly conversationId: string;
                readonly code: string;
                readonly message: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/disable': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Admins: the agent can no longer sign in or work; their sessions end and their conversations return to routing. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/enable': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Admins: a disabled agent may sign in again. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly name: string;
              readonly role: 'agent' | 'supervisor' | 'admin';
              readonly level: number;
              readonly departmentId: string | null;
              readonly memberships: readonly {
                readonly groupId: string;
                readonly ability: number;
                readonly tier: 'primary' | 'secondary' | 'general';
              }[];
              readonly languages: readonly string[];
              readonly maxConcurrent: number;
              readonly transfer: {
                readonly mayInitiate: boolean;
                readonly mayReceive: boolean;
                readonly mayEscalate: boolean;
                readonly dailyLimit: number | null;
                readonly autoAccept:
                  | {
                      readonly kind: 'never' | 'always' | 'own-department' | 'from-supervisors';
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'below-load';
                      readonly load: number;
                    };
              };
              readonly manages: {
                readonly departmentIds: readonly string[];
                readonly groupIds: readonly string[];
              };
              readonly greeting: string | null;
              readonly status: string;
              readonly online: boolean;
              readonly active: number;
              readonly dormant: number;
              readonly incoming: number;
              readonly load: number;
              /** Format: date-time */
              readonly lastAssignedAt: string;
              readonly lifecycle: 'active' | 'disabled' | 'removed';
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/sign-out-everywhere': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Ends every session of the agent (this one too): by the agent themself or an admin. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly agentId: string;
              readonly signedOut: boolean;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/agents/{agentId}/quick-replies': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The agent's personal quick replies. Authorization: that agent only. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly id: string;
                readonly title: string;
                readonly text: string;
                readonly shortcut?: string;
                readonly language?: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Replaces the agent's personal quick replies (at most 50; ids unique, shortcuts unique per language). Authorization: that agent only. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly agentId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly items: readonly {
              readonly id: string;
              readonly title: string;
              readonly text: string;
              readonly shortcut?: string;
              readonly language?: string;
            }[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly id: string;
                readonly title: string;
                readonly text: string;
                readonly shortcut?: string;
                readonly language?: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/routing-rules': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly rules: readonly {
                readonly id: string;
                readonly name: string;
                readonly enabled: boolean;
                readonly conditions: {
                  readonly keywords?: {
                    readonly any?: readonly string[];
                    readonly all?: readonly string[];
                  };
                  readonly channels?: readonly string[];
                  readonly sources?: readonly string[];
                  readonly languages?: readonly string[];
                  readonly vipLevel?: {
                    readonly min?: number;
                    readonly max?: number;
                  };
                  readonly labels?: {
                    readonly any?: readonly string[];
                    readonly all?: readonly string[];
                    readonly none?: readonly string[];
                  };
                  readonly businessTypes?: readonly string[];
                  readonly attributes?: {
                    readonly [key: string]: readonly string[];
                  };
                  readonly facts?: readonly (
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        readonly op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                        readonly value: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        readonly op: 'in' | 'not-in';
                        readonly values: readonly string[];
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        /** @enum {string} */
                        readonly op: 'passed';
                        readonly minutes?: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        /** @enum {string} */
                        readonly op: 'within';
                        readonly minutes: number;
                      }
                  )[];
                  readonly time?: {
                    readonly days?: readonly number[];
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                    readonly timeZone?: string;
                  };
                };
                readonly actions: {
                  readonly groupId?: string;
                  readonly priority?: number;
                  readonly agentId?: string;
                  readonly labels?: readonly string[];
                };
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Replaces the whole ordered list; the first rule that matches a new conversation applies. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly rules: readonly {
              readonly id: string;
              readonly name: string;
              readonly enabled: boolean;
              readonly conditions: {
                readonly keywords?: {
                  readonly any?: readonly string[];
                  readonly all?: readonly string[];
                };
                readonly channels?: readonly string[];
                readonly sources?: readonly string[];
                readonly languages?: readonly string[];
                readonly vipLevel?: {
                  readonly min?: number;
                  readonly max?: number;
                };
                readonly labels?: {
                  readonly any?: readonly string[];
                  readonly all?: readonly string[];
                  readonly none?: readonly string[];
                };
                readonly businessTypes?: readonly string[];
                readonly attributes?: {
                  readonly [key: string]: readonly string[];
                };
                readonly facts?: readonly (
                  | {
                      /** @description an entry-point attribute key */
                      readonly attribute: string;
                      readonly op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                      readonly value: number;
                    }
                  | {
                      /** @description an entry-point attribute key */
                      readonly attribute: string;
                      readonly op: 'in' | 'not-in';
                      readonly values: readonly string[];
                    }
                  | {
                      /** @description an entry-point attribute key */
                      readonly attribute: string;
                      /** @enum {string} */
                      readonly op: 'passed';
                      readonly minutes?: number;
                    }
                  | {
                      /** @description an entry-point attribute key */
                      readonly attribute: string;
                      /** @enum {string} */
                      readonly op: 'within';
                      readonly minutes: number;
                    }
                )[];
                readonly time?: {
                  readonly days?: readonly number[];
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly to: string;
                  readonly timeZone?: string;
                };
              };
              readonly actions: {
                readonly groupId?: string;
                readonly priority?: number;
                readonly agentId?: string;
                readonly labels?: readonly string[];
              };
            }[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly rules: readonly {
                readonly id: string;
                readonly name: string;
                readonly enabled: boolean;
                readonly conditions: {
                  readonly keywords?: {
                    readonly any?: readonly string[];
                    readonly all?: readonly string[];
                  };
                  readonly channels?: readonly string[];
                  readonly sources?: readonly string[];
                  readonly languages?: readonly string[];
                  readonly vipLevel?: {
                    readonly min?: number;
                    readonly max?: number;
                  };
                  readonly labels?: {
                    readonly any?: readonly string[];
                    readonly all?: readonly string[];
                    readonly none?: readonly string[];
                  };
                  readonly businessTypes?: readonly string[];
                  readonly attributes?: {
                    readonly [key: string]: readonly string[];
                  };
                  readonly facts?: readonly (
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        readonly op: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'ne';
                        readonly value: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        readonly op: 'in' | 'not-in';
                        readonly values: readonly string[];
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        /** @enum {string} */
                        readonly op: 'passed';
                        readonly minutes?: number;
                      }
                    | {
                        /** @description an entry-point attribute key */
                        readonly attribute: string;
                        /** @enum {string} */
                        readonly op: 'within';
                        readonly minutes: number;
                      }
                  )[];
                  readonly time?: {
                    readonly days?: readonly number[];
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                    readonly timeZone?: string;
                  };
                };
                readonly actions: {
                  readonly groupId?: string;
                  readonly priority?: number;
                  readonly agentId?: string;
                  readonly labels?: readonly string[];
                };
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/customers/{customerId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly customerId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly customerId: string;
              readonly name: string | null;
              readonly verified: boolean;
              readonly vipLevel: number;
              readonly language: string | null;
              readonly labels: readonly string[];
              readonly dedicatedAgentId: string | null;
              readonly externalId: string | null;
              readonly contact: {
                readonly phone: string | null;
                readonly email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              readonly attributes: {
                readonly [key: string]: string;
              };
              readonly lastAgentId: string | null;
              readonly lastServedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces a customer profile; fields left out take their defaults. Whether the customer is verified comes from how they signed in, not from this body. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly customerId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name?: string | null;
            readonly vipLevel?: number;
            readonly language?: string | null;
            readonly labels?: readonly string[];
            readonly dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            readonly contact?: {
              readonly phone?: string | null;
              readonly email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            readonly attributes?: {
              readonly [key: string]: string;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly customerId: string;
              readonly name: string | null;
              readonly verified: boolean;
              readonly vipLevel: number;
              readonly language: string | null;
              readonly labels: readonly string[];
              readonly dedicatedAgentId: string | null;
              readonly externalId: string | null;
              readonly contact: {
                readonly phone: string | null;
                readonly email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              readonly attributes: {
                readonly [key: string]: string;
              };
              readonly lastAgentId: string | null;
              readonly lastServedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/customers/by-external-id/{externalId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The profile of the customer the tenant knows as `externalId` (customer id `u:<externalId>`). */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly externalId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly customerId: string;
              readonly name: string | null;
              readonly verified: boolean;
              readonly vipLevel: number;
              readonly language: string | null;
              readonly labels: readonly string[];
              readonly dedicatedAgentId: string | null;
              readonly externalId: string | null;
              readonly contact: {
                readonly phone: string | null;
                readonly email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              readonly attributes: {
                readonly [key: string]: string;
              };
              readonly lastAgentId: string | null;
              readonly lastServedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    /** @description Creates or replaces the profile of the customer the tenant knows as `externalId`; fields left out take their defaults. A new customer is verified: the same person signs in to the widget with this id. */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly externalId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name?: string | null;
            readonly vipLevel?: number;
            readonly language?: string | null;
            readonly labels?: readonly string[];
            readonly dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            readonly contact?: {
              readonly phone?: string | null;
              readonly email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            readonly attributes?: {
              readonly [key: string]: string;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly customerId: string;
              readonly name: string | null;
              readonly verified: boolean;
              readonly vipLevel: number;
              readonly language: string | null;
              readonly labels: readonly string[];
              readonly dedicatedAgentId: string | null;
              readonly externalId: string | null;
              readonly contact: {
                readonly phone: string | null;
                readonly email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              readonly attributes: {
                readonly [key: string]: string;
              };
              readonly lastAgentId: string | null;
              readonly lastServedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /** @description Creates or updates the profile of the customer the tenant knows as `externalId`: fields given replace those stored, fields left out stay, `attributes` merge key by key (`null` removes one) and `contact` field by field. */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly externalId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly name?: string | null;
            readonly vipLevel?: number;
            readonly language?: string | null;
            readonly labels?: readonly string[];
            readonly dedicatedAgentId?: string | null;
            /** @description How to reach the customer; each field given replaces that field (null clears it). */
            readonly contact?: {
              readonly phone?: string | null;
              readonly email?: string | null;
            };
            /** @description Custom attributes (at most 50; names are letters, digits, _ . -, up to 64; values texts up to 512). Routing-rule attribute conditions read them; the entry point's attributes win on a clash. */
            readonly attributes?: {
              readonly [key: string]: string | null;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly customerId: string;
              readonly name: string | null;
              readonly verified: boolean;
              readonly vipLevel: number;
              readonly language: string | null;
              readonly labels: readonly string[];
              readonly dedicatedAgentId: string | null;
              readonly externalId: string | null;
              readonly contact: {
                readonly phone: string | null;
                readonly email: string | null;
              };
              /** @description Custom attributes from the back-end. */
              readonly attributes: {
                readonly [key: string]: string;
              };
              readonly lastAgentId: string | null;
              readonly lastServedAt: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly trace?: never;
  };
  readonly '/api/v1/conversations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly status?: readonly ('queued' | 'left-message' | 'offered' | 'active' | 'dormant' | 'closed')[];
          readonly groupId?: string;
          readonly ownerId?: string;
          readonly customerId?: string;
          readonly channel?: string;
          readonly limit?: number;
          readonly cursor?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly conversationId: string;
                readonly customerId: string;
                readonly customerName: string | null;
                /** @description The customer's contact details (left with a left message, or passed by the site). */
                readonly contact?: {
                  readonly phone: string | null;
                  readonly email: string | null;
                };
                readonly channel: string;
                readonly source: string;
                readonly groupId: string;
                readonly status: string;
                readonly ownerId: string | null;
                readonly priority: number;
                readonly language: string | null;
                readonly labels: readonly string[];
                /** Format: date-time */
                readonly openedAt: string;
                readonly assignedAt: string | null;
                readonly firstResponseAt: string | null;
                readonly closedAt: string | null;
                readonly closeReason: string | null;
                readonly resolution: string | null;
                readonly summary: string | null;
                readonly rating: number | null;
                readonly ratingComment: string | null;
                readonly lastMessageAt: string | null;
                readonly messageCount: number;
              }[];
              readonly next: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    /** @description Opens a conversation. An id already used by the same customer answers 200 with that conversation; one used by anyone else is CONVERSATION_EXISTS, however long ago. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly conversationId?: string;
            readonly customerId?: string;
            /** @description lower-case letters, digits, _ and -, starting with a letter; at most 32 characters */
            readonly channel: string;
            readonly source: string;
            readonly text?: string;
            readonly messageId?: string;
            readonly language?: string;
            readonly businessType?: string;
            readonly attributes?: {
              readonly [key: string]: string;
            };
            readonly priority?: number;
            readonly agentId?: string;
            readonly test?: 'decision-only' | 'routed';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/messages': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly afterSeq?: number;
          readonly beforeSeq?: number;
          readonly limit?: number;
        };
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly conversationId: string;
                readonly seq: number;
                readonly messageId: string;
                readonly authorKind: string;
                readonly authorId: string | null;
                readonly visibility: string;
                readonly kind: string;
                readonly text: string;
                /** Format: date-time */
                readonly at: string;
              }[];
              readonly nextSeq: number | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly messageId: string;
            readonly text: string;
            readonly visibility?: 'public' | 'internal';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly seq: number | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/close': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly resolution?: 'resolved' | 'unresolved';
            readonly summary?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/rating': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly score: number;
            readonly comment?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly conversationId: string;
              readonly score: number;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/search': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description History search: conversations (open and closed) whose messages contain every word of q, filtered by customer, owner (agentId), skill group, tag and opening time, within the caller’s scope; newest first. Words of 3+ characters use the trigram index; shorter ones are checked on a bounded window of conversations per page (docs/search.md). */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description words separated by spaces (at most 5); each must occur in some message */
          readonly q?: string;
          readonly customerId?: string;
          readonly agentId?: string;
          readonly groupId?: string;
          readonly tag?: string;
          /** @description opened at or after (ISO 8601) */
          readonly from?: string;
          /** @description opened before (ISO 8601) */
          readonly to?: string;
          readonly limit?: number;
          readonly cursor?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly conversation: {
                  readonly conversationId: string;
                  readonly customerId: string;
                  readonly customerName: string | null;
                  /** @description The customer's contact details (left with a left message, or passed by the site). */
                  readonly contact?: {
                    readonly phone: string | null;
                    readonly email: string | null;
                  };
                  readonly channel: string;
                  readonly source: string;
                  readonly groupId: string;
                  readonly status: string;
                  readonly ownerId: string | null;
                  readonly priority: number;
                  readonly language: string | null;
                  readonly labels: readonly string[];
                  /** Format: date-time */
                  readonly openedAt: string;
                  readonly assignedAt: string | null;
                  readonly firstResponseAt: string | null;
                  readonly closedAt: string | null;
                  readonly closeReason: string | null;
                  readonly resolution: string | null;
                  readonly summary: string | null;
                  readonly rating: number | null;
                  readonly ratingComment: string | null;
                  readonly lastMessageAt: string | null;
                  readonly messageCount: number;
                };
                readonly match: {
                  readonly seq: number;
                  /** Format: date-time */
                  readonly at: string;
                  readonly excerpt: string;
                } | null;
              }[];
              /** @description the next page; a page may hold fewer items than asked while more follow — only null ends */
              readonly next: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/return-to-queue': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description The owner (or their supervisor) puts the conversation back in its group’s queue, keeping its queue time. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/offer/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Accepts the conversation offered to you (offer mode). */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/offer/decline': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Declines the conversation offered to you; it is routed to someone else. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/tags': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Adds and removes tags (labels) on a conversation: its owner, watchers and supervisors over it. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly add?: readonly string[];
            readonly remove?: readonly string[];
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/notes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description An internal note: agents and supervisors see it, the customer never does. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly messageId?: string;
            readonly text: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly seq: number | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/transfers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description Every transfer of the conversation, oldest first: the chain A → B → C. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly conversationId: string;
              readonly items: readonly {
                readonly transferId: string;
                readonly initiatorId: string | null;
                readonly fromAgentId: string | null;
                readonly targetKind: string | null;
                readonly targetId: string | null;
                readonly targetAgentId: string | null;
                readonly status: string;
                readonly note: string | null;
                readonly reason: string | null;
                /** Format: date-time */
                readonly requestedAt: string;
                readonly deadline: string | null;
                readonly answeredAt: string | null;
                readonly rejectReason: string | null;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/join': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Watch (internal notes only) or barge in (may write publicly). */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly mode: 'watch' | 'barge';
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/leave': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Stops watching or barging. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': Record<string, never>;
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/take-over': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description The supervisor becomes the owner at once; a pending transfer is cancelled. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly transferId?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/reassign': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Moves the conversation to an agent or group, as a transfer the target answers (requireAccept, the default) or at once; forced to a group with nobody free, it waits in that group’s queue. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly transferId?: string;
            readonly target:
              | {
                  /** @enum {string} */
                  readonly kind: 'agent';
                  readonly agentId: string;
                }
              | {
                  /** @enum {string} */
                  readonly kind: 'group';
                  readonly groupId: string;
                };
            readonly requireAccept?: boolean;
            readonly note?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Conversation'];
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/skill-groups/{groupId}/strategy': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /** @description Changes the group’s routing strategy (and its parameters) live. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly groupId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
            readonly params?: {
              readonly k: number;
              readonly m: number;
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly groupId: string;
              readonly name: string;
              readonly strategy: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
              readonly params: {
                readonly k: number;
                readonly m: number;
              };
              readonly overflow: readonly {
                readonly afterSeconds: number;
                readonly groupId: string;
              }[];
              readonly hours: {
                readonly timeZone: string;
                readonly weekly: readonly {
                  /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                  readonly day: number;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly from: string;
                  /** @description local time HH:mm; 24:00 is midnight */
                  readonly to: string;
                }[];
                readonly exceptions: readonly {
                  /** @description local date YYYY-MM-DD */
                  readonly date: string;
                  readonly windows: readonly {
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly from: string;
                    /** @description local time HH:mm; 24:00 is midnight */
                    readonly to: string;
                  }[];
                }[];
                readonly afterHours:
                  | {
                      /** @enum {string} */
                      readonly kind: 'group';
                      readonly groupId: string;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'leave-message';
                    };
              } | null;
              readonly maxQueueLength: number | null;
              readonly assignmentMode: ('direct' | 'offer') | null;
              readonly offerTimeoutSeconds: number | null;
              readonly serviceLevelSeconds: number;
              readonly onAgentLost: 'reroute' | 'keep';
              readonly members: readonly string[];
              readonly waiting: {
                readonly queued: number;
                readonly leftMessages: number;
                readonly overflow: number;
                readonly transfers: number;
              };
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/wallboard': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The agents and queues in the caller’s scope, as the realtime `wallboard` event shows them. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              /** Format: date-time */
              readonly at: string;
              readonly agents: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly status: string;
                readonly online: boolean;
                readonly load: number;
                readonly active: number;
                readonly dormant: number;
                readonly maxConcurrent: number;
              }[];
              readonly queues: readonly {
                readonly groupId: string;
                readonly name: string;
                readonly waiting: number;
                readonly leftMessages: number;
                readonly longestWaitSeconds: number | null;
                readonly agentsOnline: number;
                readonly agentsAvailable: number;
                /** @description Since tenant-local midnight, with the reports’ definitions (docs/reports.md). */
                readonly today: {
                  readonly arrivals: number;
                  readonly answered: number;
                  readonly abandoned: number;
                  readonly serviceLevel: number | null;
                  readonly averageSpeedOfAnswerSeconds: number | null;
                  readonly longestWaitSeconds: number | null;
                };
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/routing': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description Why the conversation went where it went: the opening decision and every assignment with its explanation. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly conversationId: string;
              readonly status: string;
              readonly groupId: string;
              readonly ownerId: string | null;
              readonly priority: number;
              readonly labels: readonly string[];
              readonly queue: {
                readonly position: number;
                readonly estimatedWaitSeconds: number | null;
              } | null;
              readonly opening: {
                /** Format: date-time */
                readonly at: string;
                readonly channel: string;
                readonly source: string;
                readonly language: string | null;
                readonly businessType: string | null;
                readonly rule: {
                  readonly id: string;
                  readonly name: string;
                } | null;
                readonly groupId: string;
                readonly priority: number;
                readonly labels: readonly string[];
                readonly afterHoursFrom: string | null;
                /** @description `queued` or `left-message`. */
                readonly disposition: string;
                readonly leftMessageReason: string | null;
                readonly opensAt: string | null;
                readonly reservation: {
                  readonly agentId: string;
                  /** @description `directed`, `dedicated` or `sticky`. */
                  readonly reason: string;
                  /** Format: date-time */
                  readonly until: string;
                } | null;
              } | null;
              readonly assignments: readonly {
                /** Format: date-time */
                readonly at: string;
                readonly agentId: string;
                readonly mode: string;
                /** @description `conversation` (it looked for an agent) or `agent` (a freed agent took it). */
                readonly trigger: string;
                readonly rule: {
                  readonly id: string;
                  readonly name: string;
                } | null;
                readonly rankedBy: {
                  readonly groupId: string;
                  readonly strategy: string;
                };
                readonly overflowTier: number;
                readonly preferred: string | null;
                readonly effectiveWaitSeconds: number;
                readonly candidates: readonly {
                  readonly agentId: string;
                  readonly score: number;
                  readonly ability: number;
                  readonly active: number;
                  readonly maxConcurrent: number;
                }[];
              }[];
              readonly test: string | null;
              readonly testDecision: {
                /** Format: date-time */
                readonly at: string;
                readonly agentId: string | null;
                readonly assignment: {
                  /** Format: date-time */
                  readonly at: string;
                  readonly agentId: string;
                  readonly mode: string;
                  /** @description `conversation` (it looked for an agent) or `agent` (a freed agent took it). */
                  readonly trigger: string;
                  readonly rule: {
                    readonly id: string;
                    readonly name: string;
                  } | null;
                  readonly rankedBy: {
                    readonly groupId: string;
                    readonly strategy: string;
                  };
                  readonly overflowTier: number;
                  readonly preferred: string | null;
                  readonly effectiveWaitSeconds: number;
                  readonly candidates: readonly {
                    readonly agentId: string;
                    readonly score: number;
                    readonly ability: number;
                    readonly active: number;
                    readonly maxConcurrent: number;
                  }[];
                } | null;
              } | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/conversations/{conversationId}/recommendations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly departmentId?: string;
          readonly groupId?: string;
          readonly status?: 'available' | 'busy';
          readonly q?: string;
        };
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly departmentId: string | null;
                readonly status: string;
                readonly load: number;
                readonly maxConcurrent: number;
                readonly skills: readonly {
                  readonly groupId: string;
                  readonly ability: number;
                  readonly tier: string;
                }[];
                readonly skillMatch: number;
                readonly experience: number;
                readonly score: number;
              }[];
              /** @description Online colleagues not offered, each with why (issue 17). */
              readonly notOffered: readonly {
                readonly agentId: string;
                readonly name: string;
                readonly departmentId: string | null;
                readonly status: string;
                readonly level: number;
                /** @description not-receiving, away, full, cross-department-forbidden, cross-department-needs-supervisor or escalation-not-permitted */
                readonly reason: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/transfers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly transferId?: string;
            readonly conversationId: string;
            readonly target:
              | {
                  /** @enum {string} */
                  readonly kind: 'agent';
                  readonly agentId: string;
                }
              | {
                  /** @enum {string} */
                  readonly kind: 'group';
                  readonly groupId: string;
                };
            readonly note: {
              readonly text: string;
              readonly templateId?: string;
              readonly fields?: {
                readonly [key: string]: string;
              };
              readonly reason?: string;
              readonly tags?: readonly string[];
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly transferId: string;
              readonly status: string;
              readonly targetAgentId: string | null;
              readonly deadline: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/transfers/batch': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly batchId?: string;
            readonly conversationIds: readonly string[];
            readonly target:
              | {
                  /** @enum {string} */
                  readonly kind: 'agent';
                  readonly agentId: string;
                }
              | {
                  /** @enum {string} */
                  readonly kind: 'group';
                  readonly groupId: string;
                };
            readonly note: {
              readonly text: string;
              readonly templateId?: string;
              readonly fields?: {
                readonly [key: string]: string;
              };
              readonly reason?: string;
              readonly tags?: readonly string[];
            };
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly requested: readonly string[];
              readonly refused: readonly {
                readonly conversationId: string;
                readonly code: string;
                readonly message: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/transfers/{transferId}/accept': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly transferId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly reason?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly transferId: string;
              readonly status: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/transfers/{transferId}/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly transferId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly reason?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly transferId: string;
              readonly status: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/transfers/{transferId}/cancel': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly transferId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly reason?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly transferId: string;
              readonly status: string;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/audit-log': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description Configuration changes, newest first; `next` is the cursor of the following page. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly type?: readonly string[];
          readonly limit?: number;
          readonly cursor?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly seq: number;
                /** Format: date-time */
                readonly at: string;
                readonly type: string;
                readonly subjectId: string | null;
                readonly data: unknown;
              }[];
              readonly next: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/simulations/default-scenario': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description A scenario built from the tenant's groups, agents, strategies and overflow; null without staff. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly scenario: {
                readonly name?: string;
                readonly seed?: number;
                readonly durationSeconds: number;
                readonly warmupSeconds?: number;
                readonly serviceLevelSeconds?: number;
                readonly arrivals:
                  | {
                      readonly ratePerSecond: number;
                    }
                  | {
                      readonly perHour: readonly number[];
                    };
                readonly transferTimeoutSeconds?: number;
                readonly groups: readonly {
                  readonly id: string;
                  readonly name?: string;
                  readonly strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                  readonly params?: {
                    readonly k: number;
                    readonly m: number;
                  };
                  readonly overflow?: readonly {
                    readonly afterSeconds: number;
                    readonly groupId: string;
                  }[];
                  readonly handleSeconds:
                    | {
                        /** @enum {string} */
                        readonly kind: 'exponential';
                        readonly mean: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'deterministic';
                        readonly value: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'uniform';
                        readonly min: number;
                        readonly max: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'lognormal';
                        readonly mean: number;
                        /** @description coefficient of variation */
                        readonly cv: number;
                      };
                  readonly abilityEffect?: number;
                  readonly transfers?: readonly {
                    readonly groupId: string;
                    readonly probability: number;
                  }[];
                }[];
                readonly agents: readonly {
                  readonly idPrefix: string;
                  readonly count: number;
                  readonly maxConcurrent: number;
                  readonly memberships: readonly {
                    readonly groupId: string;
                    readonly ability: number;
                    readonly tier?: 'primary' | 'secondary' | 'general';
                  }[];
                  readonly languages?: readonly string[];
                }[];
                readonly customers: readonly {
                  readonly id: string;
                  readonly share: number;
                  readonly groupId: string;
                  readonly priority?: number;
                  readonly language?: string | null;
                  readonly vipLevel?: number;
                  readonly patienceSeconds?:
                    | (
                        | {
                            /** @enum {string} */
                            readonly kind: 'exponential';
                            readonly mean: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'deterministic';
                            readonly value: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'uniform';
                            readonly min: number;
                            readonly max: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'lognormal';
                            readonly mean: number;
                            /** @description coefficient of variation */
                            readonly cv: number;
                          }
                      )
                    | null;
                }[];
              } | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/simulations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The tenant's kept runs, newest first (without their figures). */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly items: readonly {
                readonly id: string;
                readonly label: string | null;
                readonly status: 'running' | 'done' | 'failed';
                readonly progress: number;
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC
                 */
                readonly createdAt: string;
                readonly finishedAt: string | null;
                readonly error: string | null;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    /** @description Starts a simulation in the background; poll `GET /simulations/:id` for progress and figures. */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': {
            readonly scenario: {
              readonly name?: string;
              readonly seed?: number;
              readonly durationSeconds: number;
              readonly warmupSeconds?: number;
              readonly serviceLevelSeconds?: number;
              readonly arrivals:
                | {
                    readonly ratePerSecond: number;
                  }
                | {
                    readonly perHour: readonly number[];
                  };
              readonly transferTimeoutSeconds?: number;
              readonly groups: readonly {
                readonly id: string;
                readonly name?: string;
                readonly strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                readonly params?: {
                  readonly k: number;
                  readonly m: number;
                };
                readonly overflow?: readonly {
                  readonly afterSeconds: number;
                  readonly groupId: string;
                }[];
                readonly handleSeconds:
                  | {
                      /** @enum {string} */
                      readonly kind: 'exponential';
                      readonly mean: number;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'deterministic';
                      readonly value: number;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'uniform';
                      readonly min: number;
                      readonly max: number;
                    }
                  | {
                      /** @enum {string} */
                      readonly kind: 'lognormal';
                      readonly mean: number;
                      /** @description coefficient of variation */
                      readonly cv: number;
                    };
                readonly abilityEffect?: number;
                readonly transfers?: readonly {
                  readonly groupId: string;
                  readonly probability: number;
                }[];
              }[];
              readonly agents: readonly {
                readonly idPrefix: string;
                readonly count: number;
                readonly maxConcurrent: number;
                readonly memberships: readonly {
                  readonly groupId: string;
                  readonly ability: number;
                  readonly tier?: 'primary' | 'secondary' | 'general';
                }[];
                readonly languages?: readonly string[];
              }[];
              readonly customers: readonly {
                readonly id: string;
                readonly share: number;
                readonly groupId: string;
                readonly priority?: number;
                readonly language?: string | null;
                readonly vipLevel?: number;
                readonly patienceSeconds?:
                  | (
                      | {
                          /** @enum {string} */
                          readonly kind: 'exponential';
                          readonly mean: number;
                        }
                      | {
                          /** @enum {string} */
                          readonly kind: 'deterministic';
                          readonly value: number;
                        }
                      | {
                          /** @enum {string} */
                          readonly kind: 'uniform';
                          readonly min: number;
                          readonly max: number;
                        }
                      | {
                          /** @enum {string} */
                          readonly kind: 'lognormal';
                          readonly mean: number;
                          /** @description coefficient of variation */
                          readonly cv: number;
                        }
                    )
                  | null;
              }[];
            };
            readonly label?: string;
          };
        };
      };
      readonly responses: {
        /** @description Default Response */
        readonly 202: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly id: string;
              readonly label: string | null;
              readonly status: 'running' | 'done' | 'failed';
              readonly progress: number;
              /**
               * Format: date-time
               * @description ISO 8601, UTC
               */
              readonly createdAt: string;
              readonly finishedAt: string | null;
              readonly error: string | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/simulations/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description One run: status, progress, its scenario and, once done, its figures. */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly id: string;
              readonly label: string | null;
              readonly status: 'running' | 'done' | 'failed';
              readonly progress: number;
              /**
               * Format: date-time
               * @description ISO 8601, UTC
               */
              readonly createdAt: string;
              readonly finishedAt: string | null;
              readonly error: string | null;
              readonly scenario: {
                readonly name?: string;
                readonly seed?: number;
                readonly durationSeconds: number;
                readonly warmupSeconds?: number;
                readonly serviceLevelSeconds?: number;
                readonly arrivals:
                  | {
                      readonly ratePerSecond: number;
                    }
                  | {
                      readonly perHour: readonly number[];
                    };
                readonly transferTimeoutSeconds?: number;
                readonly groups: readonly {
                  readonly id: string;
                  readonly name?: string;
                  readonly strategy?: 'weighted-wait' | 'round-robin' | 'least-load' | 'most-skilled' | 'random';
                  readonly params?: {
                    readonly k: number;
                    readonly m: number;
                  };
                  readonly overflow?: readonly {
                    readonly afterSeconds: number;
                    readonly groupId: string;
                  }[];
                  readonly handleSeconds:
                    | {
                        /** @enum {string} */
                        readonly kind: 'exponential';
                        readonly mean: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'deterministic';
                        readonly value: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'uniform';
                        readonly min: number;
                        readonly max: number;
                      }
                    | {
                        /** @enum {string} */
                        readonly kind: 'lognormal';
                        readonly mean: number;
                        /** @description coefficient of variation */
                        readonly cv: number;
                      };
                  readonly abilityEffect?: number;
                  readonly transfers?: readonly {
                    readonly groupId: string;
                    readonly probability: number;
                  }[];
                }[];
                readonly agents: readonly {
                  readonly idPrefix: string;
                  readonly count: number;
                  readonly maxConcurrent: number;
                  readonly memberships: readonly {
                    readonly groupId: string;
                    readonly ability: number;
                    readonly tier?: 'primary' | 'secondary' | 'general';
                  }[];
                  readonly languages?: readonly string[];
                }[];
                readonly customers: readonly {
                  readonly id: string;
                  readonly share: number;
                  readonly groupId: string;
                  readonly priority?: number;
                  readonly language?: string | null;
                  readonly vipLevel?: number;
                  readonly patienceSeconds?:
                    | (
                        | {
                            /** @enum {string} */
                            readonly kind: 'exponential';
                            readonly mean: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'deterministic';
                            readonly value: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'uniform';
                            readonly min: number;
                            readonly max: number;
                          }
                        | {
                            /** @enum {string} */
                            readonly kind: 'lognormal';
                            readonly mean: number;
                            /** @description coefficient of variation */
                            readonly cv: number;
                          }
                      )
                    | null;
                }[];
              };
              readonly result: {
                readonly name: string | null;
                readonly seed: number;
                readonly serviceLevelSeconds: number;
                readonly arrivals: number;
                readonly served: number;
                readonly abandoned: number;
                readonly pWait: number;
                readonly asaSeconds: number;
                readonly serviceLevel: number;
                readonly abandonRate: number;
                readonly occupancy: number;
                readonly standardErrors: {
                  readonly pWait: number;
                  readonly asaSeconds: number;
                  readonly serviceLevel: number;
                  readonly abandonRate: number;
                };
                readonly waitDistribution: readonly {
                  readonly seconds: number;
                  readonly share: number;
                }[];
                readonly groups: readonly {
                  readonly id: string;
                  readonly arrivals: number;
                  readonly served: number;
                  readonly abandoned: number;
                  readonly pWait: number;
                  readonly asaSeconds: number;
                  readonly serviceLevel: number;
                  readonly abandonRate: number;
                  readonly overflowShare: number;
                  readonly transfersOut: number;
                }[];
                readonly agents: {
                  readonly count: number;
                  readonly utilisationMean: number;
                  readonly utilisationCv: number;
                  readonly handledCv: number;
                  readonly strongestGroupShare: number;
                  readonly meanAbility: number;
                  readonly usage: readonly {
                    readonly agentId: string;
                    readonly utilisation: number;
                    readonly handled: number;
                  }[];
                };
                readonly transfers: {
                  readonly requested: number;
                  readonly accepted: number;
                  readonly returnedToQueue: number;
                  readonly refused: number;
                  readonly meanWaitSeconds: number;
                };
                readonly simulatedSeconds: number;
                readonly engine: {
                  readonly commands: number;
                  readonly events: number;
                };
              } | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/reports/transfers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The transfers report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description a date in the tenant’s time zone */
          readonly from?: string;
          /** @description a date in the tenant’s time zone */
          readonly to?: string;
          readonly granularity?: 'hour' | 'day' | 'week' | 'month';
          readonly groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          readonly groupId?: string;
          readonly agentId?: string;
          readonly departmentId?: string;
          readonly channel?: string;
          readonly reason?: string;
          readonly format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          readonly lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          readonly headers?: 'human' | 'machine';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
            readonly 'text/csv': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/reports/queues': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The queues report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description a date in the tenant’s time zone */
          readonly from?: string;
          /** @description a date in the tenant’s time zone */
          readonly to?: string;
          readonly granularity?: 'hour' | 'day' | 'week' | 'month';
          readonly groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          readonly groupId?: string;
          readonly agentId?: string;
          readonly departmentId?: string;
          readonly channel?: string;
          readonly reason?: string;
          readonly format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          readonly lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          readonly headers?: 'human' | 'machine';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
            readonly 'text/csv': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/reports/agents': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The agents report (docs/reports.md): a trend per bucket, a breakdown per value of `groupBy` and the table of both; CSV with `format=csv` or `Accept: text/csv`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in `lang` (else Accept-Language, else en) or machine names with `headers=machine`. Dates are the tenant's; default: the last seven days. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description a date in the tenant’s time zone */
          readonly from?: string;
          /** @description a date in the tenant’s time zone */
          readonly to?: string;
          readonly granularity?: 'hour' | 'day' | 'week' | 'month';
          readonly groupBy?: 'agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel';
          readonly groupId?: string;
          readonly agentId?: string;
          readonly departmentId?: string;
          readonly channel?: string;
          readonly reason?: string;
          readonly format?: 'json' | 'csv';
          /** @description CSV only: the header titles’ language; default: from Accept-Language, else en */
          readonly lang?: 'en' | 'zh-CN';
          /** @description CSV only: `human` (default) titles columns in the language, `machine` with the metric names */
          readonly headers?: 'human' | 'machine';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
            readonly 'text/csv': {
              readonly kind: 'transfers' | 'queues' | 'agents';
              readonly timeZone: string;
              readonly granularity: 'hour' | 'day' | 'week' | 'month';
              readonly groupBy:
                ('agent' | 'department' | 'departmentScope' | 'skillGroup' | 'reason' | 'channel') | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
              readonly series: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly breakdown: readonly {
                readonly key: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
              }[];
              readonly rows: readonly {
                /** Format: date-time */
                readonly bucket: string;
                readonly label: string;
                /** @description the report’s metrics (docs/reports.md); null where there is nothing to divide by */
                readonly metrics: {
                  readonly [key: string]:
                    | number
                    | null
                    | {
                        readonly [key: string]: number;
                      };
                };
                readonly key: string;
              }[];
            };
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/widget/info': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: {
      readonly parameters: {
        readonly query: {
          readonly tenantId: string;
          readonly language?: string;
          readonly source?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Default Response */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly texts: {
                readonly welcome: string | null;
                readonly queue: string | null;
                readonly afterHours: string | null;
              };
              readonly available: boolean | null;
              readonly estimatedWaitSeconds: number | null;
            };
          };
        };
        readonly 400: components['responses']['Error400'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/widget/conversations/{conversationId}/transcript': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description The customer's own conversation as a UTF-8 text file: public entries only (no internal notes). Customer tokens only; anyone else's conversation is 404. */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          readonly language?: string;
        };
        readonly header?: never;
        readonly path: {
          readonly conversationId: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The transcript (text/plain). */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/plain': string;
          };
        };
        readonly 400: components['responses']['Error400'];
        readonly 401: components['responses']['Error401'];
        readonly 403: components['responses']['Error403'];
        readonly 404: components['responses']['Error404'];
        readonly 409: components['responses']['Error409'];
        readonly 413: components['responses']['Error413'];
        readonly 415: components['responses']['Error415'];
        readonly 422: components['responses']['Error422'];
        readonly 429: components['responses']['Error429'];
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Every error: a stable code from the catalogue and a message. */
    readonly ErrorBody: {
      readonly error: {
        /** @enum {string} */
        readonly code:
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
          | 'OVERLOADED'
          | 'INTERNAL'
          | 'UNAVAILABLE'
          | 'STORE_UNAVAILABLE'
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
          | 'CONFIG_IN_USE';
        readonly message: string;
      };
    };
    /** @description Bad Request: `error.code` is one of the catalogue's codes with this status. */
    readonly Error400: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'VALIDATION_FAILED'
          | 'MALFORMED_JSON'
          | 'REPORT_RANGE_INVALID'
          | 'REPORT_DIMENSION_UNSUPPORTED'
          | 'MALFORMED_REQUEST'
          | 'INVALID_COMMAND';
        readonly message: string;
      };
    };
    /** @description Unauthorized: `error.code` is one of the catalogue's codes with this status. */
    readonly Error401: {
      readonly error: {
        /** @enum {string} */
        readonly code: 'UNAUTHENTICATED' | 'INVALID_CREDENTIALS' | 'SESSION_REVOKED' | 'WIDGET_SIGNATURE_EXPIRED';
        readonly message: string;
      };
    };
    /** @description Forbidden: `error.code` is one of the catalogue's codes with this status. */
    readonly Error403: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'FORBIDDEN'
          | 'CURRENT_PASSWORD_WRONG'
          | 'NOT_OWNER'
          | 'TRANSFER_NOT_PERMITTED'
          | 'TRANSFER_CROSS_DEPARTMENT_FORBIDDEN'
          | 'TRANSFER_CROSS_DEPARTMENT_NEEDS_SUPERVISOR'
          | 'TRANSFER_ESCALATION_NOT_PERMITTED'
          | 'OUT_OF_SCOPE'
          | 'NOT_PARTICIPANT';
        readonly message: string;
      };
    };
    /** @description Not Found: `error.code` is one of the catalogue's codes with this status. */
    readonly Error404: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'NOT_FOUND'
          | 'DEPARTMENT_NOT_FOUND'
          | 'TENANT_NOT_FOUND'
          | 'SIMULATION_NOT_FOUND'
          | 'AGENT_NOT_FOUND'
          | 'GROUP_NOT_FOUND'
          | 'CUSTOMER_NOT_FOUND'
          | 'CONVERSATION_NOT_FOUND'
          | 'OFFER_NOT_FOUND'
          | 'TRANSFER_NOT_FOUND'
          | 'API_KEY_NOT_FOUND';
        readonly message: string;
      };
    };
    /** @description Conflict: `error.code` is one of the catalogue's codes with this status. */
    readonly Error409: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'TENANT_EXISTS'
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
        readonly message: string;
      };
    };
    /** @description Payload Too Large: `error.code` is one of the catalogue's codes with this status. */
    readonly Error413: {
      readonly error: {
        /** @enum {string} */
        readonly code: 'PAYLOAD_TOO_LARGE';
        readonly message: string;
      };
    };
    /** @description Unsupported Media Type: `error.code` is one of the catalogue's codes with this status. */
    readonly Error415: {
      readonly error: {
        /** @enum {string} */
        readonly code: 'UNSUPPORTED_MEDIA_TYPE';
        readonly message: string;
      };
    };
    /** @description Unprocessable Entity: `error.code` is one of the catalogue's codes with this status. */
    readonly Error422: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'PASSWORD_TOO_COMMON'
          | 'SCENARIO_INVALID'
          | 'INVALID_CONFIGURATION'
          | 'NO_ROUTE'
          | 'TRANSFER_NOTE_REQUIRED'
          | 'TRANSFER_TEMPLATE_NOT_FOUND'
          | 'TRANSFER_TO_SELF'
          | 'TRANSFER_TARGET_NOT_RECEIVING'
          | 'NO_PERMITTED_TRANSFER_TARGET';
        readonly message: string;
      };
    };
    /** @description Too Many Requests: `error.code` is one of the catalogue's codes with this status. */
    readonly Error429: {
      readonly error: {
        /** @enum {string} */
        readonly code:
          | 'LOGIN_LOCKED'
          | 'RATE_LIMITED'
          | 'SIMULATIONS_BUSY'
          | 'TOO_MANY_CONNECTIONS'
          | 'TOO_MANY_OPEN_CONVERSATIONS'
          | 'TRANSFER_DAILY_LIMIT_REACHED';
        readonly message: string;
      };
    };
    readonly Conversation: {
      readonly conversationId: string;
      readonly customerId: string;
      readonly customerName: string | null;
      /** @description Attributes given when the conversation opened (pre-chat name, page, referrer, device, site keys). */
      readonly attributes: {
        readonly [key: string]: string;
      };
      readonly status: string;
      readonly groupId: string;
      readonly ownerId: string | null;
      readonly channel: string;
      readonly source: string;
      readonly language: string | null;
      readonly priority: number;
      readonly labels: readonly string[];
      readonly routedBy: {
        readonly id: string;
        readonly name: string;
      } | null;
      /** Format: date-time */
      readonly openedAt: string;
      readonly assignedAt: string | null;
      readonly closedAt: string | null;
      readonly pendingTransferId: string | null;
      readonly lastSeq: number;
      readonly queue: {
        readonly position: number;
        readonly estimatedWaitSeconds: number | null;
      } | null;
      /** @description While the owner has not answered yet: when the conversation is taken from them (docs/routing.md). */
      readonly firstResponseDeadline: string | null;
      /** @description First-response takeovers this conversation has had. */
      readonly autoTakeovers: number;
      readonly test: string | null;
    };
  };
  responses: {
    /** @description Bad Request: `error.code` is one of the catalogue's codes with this status. */
    readonly Error400: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error400'];
      };
    };
    /** @description Unauthorized: `error.code` is one of the catalogue's codes with this status. */
    readonly Error401: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error401'];
      };
    };
    /** @description Forbidden: `error.code` is one of the catalogue's codes with this status. */
    readonly Error403: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error403'];
      };
    };
    /** @description Not Found: `error.code` is one of the catalogue's codes with this status. */
    readonly Error404: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error404'];
      };
    };
    /** @description Conflict: `error.code` is one of the catalogue's codes with this status. */
    readonly Error409: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error409'];
      };
    };
    /** @description Payload Too Large: `error.code` is one of the catalogue's codes with this status. */
    readonly Error413: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error413'];
      };
    };
    /** @description Unsupported Media Type: `error.code` is one of the catalogue's codes with this status. */
    readonly Error415: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error415'];
      };
    };
    /** @description Unprocessable Entity: `error.code` is one of the catalogue's codes with this status. */
    readonly Error422: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error422'];
      };
    };
    /** @description Too Many Requests: `error.code` is one of the catalogue's codes with this status. */
    readonly Error429: {
      headers: {
        readonly [name: string]: unknown;
      };
      content: {
        readonly 'application/json': components['schemas']['Error429'];
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
