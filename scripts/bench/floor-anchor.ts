/**
 * The floor of npm run bench: a keyword scan with no structure. This is the
 * anchor of the first engine's lexicon (the stems every top-up, term and
 * requirement phrase contained), frozen here so that the floor stays the same
 * measure from one version of the engine to the next.
 */
export const FLOOR_ANCHOR =
  "top|charg|load|refill|add|extend|extension|renew|month|/ ?mo|contract|subscri|paid|one[- ]time|new|reus|bank|card|resid|identit|kyc|address|number|unlimited|mnp|recurring|cancel|ongoing|booster|boost|pack|commit|debit|zairyu|proof|photo id|recharg|rechar|チャージ|追加|延長|トッピング|トップアップ|アドオン|月|契約|使い切|再利用|購入|プリペイド|旅行|訪日|短期|一時帰国|レンタル|在留|口座|本人|住所|電話|身分|マイナンバー|個人認証|のりかえ|乗り?換|番号|振替|クレジット|カード|基本料|縛り|解約|自動更新|無制限|使い放題|容量|ギガ|パック|クーポン|特別永住|住民票|国内|充|续|續|加|儲|延|合约|合約|綁|绑|违|違|签|簽|预付|預付|日卡|旅|出国|出國|一次性|用完|重新|居留|银行|銀行|信用卡|手机|手機|电话|门号|門號|实名|實名|身份|地址|住址|无限|無限|吃到飽|不限|套餐|方案|流量|数据|數據|攜碼|携号|免|无需|無需|叠|疊|同一|毋须|毋須|包月|续订|期|最低|minimum|post-?paid|月々|毎月|定期|基本|違約|番号移行|MNP|自動|more data|extra data|data pack|data boost|add-on data|pay as|payment|contract term|sign (?:a|the|your)|early (?:termination|cancellation)|same e-?sim|without (?:a |re|install|buy)|(?:one|single)[- ]?(?:time|use)|valid (?:once|only)|auto-?(?:matically )?renew|porting|possible|eligible|supports?|offers?|allows?|includes?|prolong|pass|買い足|機能|购买|購買|加买|加買|功能|订阅|訂閱|扣费|扣費|扣款|计费|計費|取消|长住|長住|留学|留學|旅";
